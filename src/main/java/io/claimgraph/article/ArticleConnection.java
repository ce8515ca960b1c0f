package io.claimgraph.article;

import io.claimgraph.model.Article;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of articles, Relay style. totalCount costs a count query, so it runs only when a client
 * selects it.
 */
public class ArticleConnection {

    private final Page<Article> page;

    private ArticleConnection(Page<Article> page) {
        this.page = page;
    }

    public static ArticleConnection of(Page<Article> page) {
        return new ArticleConnection(page);
    }

    public @NonNull List<@NonNull ArticleEdge> getEdges() {
        return page.items().stream().map(row -> new ArticleEdge(page.cursorOf().apply(row), row)).toList();
    }

    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    /** Counts the whole list; resolved by {@link io.claimgraph.graphql.TotalCountFields} off the event loop. */
    public int totalCount() {
        return page.totalCountAsInt();
    }
}
