package io.claimgraph.article;

import io.claimgraph.model.Article;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageInfo;
import io.claimgraph.store.SearchHit;
import io.claimgraph.store.SearchResults;
import io.claimgraph.store.SearchScope;
import io.claimgraph.store.Snippet;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a article search, most relevant first. totalCount (the number of hits) costs a count query, so it runs
 * only when a client selects it.
 */
public class ArticleSearchConnection {

    private final Page<SearchHit<Article>> page;
    private final SearchScope scope;
    private final List<String> highlightWords;

    ArticleSearchConnection(SearchResults<Article> results, List<String> highlightWords) {
        this.page = results.page();
        this.scope = results.scope();
        this.highlightWords = highlightWords;
    }

    public @NonNull List<@NonNull ArticleSearchEdge> getEdges() {
        return page.items().stream().map(hit -> new ArticleSearchEdge(page.cursorOf().apply(hit), hit.row(),
                hit.rank().doubleValue(), Snippet.of(hit.row().body, highlightWords))).toList();
    }

    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    public @NonNull SearchScope getScope() {
        return scope;
    }

    /** Counts the hits; resolved by {@link io.claimgraph.graphql.TotalCountFields} off the event loop. */
    public int totalCount() {
        return page.totalCountAsInt();
    }
}
