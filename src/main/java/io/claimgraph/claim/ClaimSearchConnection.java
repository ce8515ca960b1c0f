package io.claimgraph.claim;

import io.claimgraph.model.Claim;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageInfo;
import io.claimgraph.store.SearchHit;
import io.claimgraph.store.SearchResults;
import io.claimgraph.store.SearchScope;
import io.claimgraph.store.Snippet;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a claim search, most relevant first. totalCount (the number of hits) costs a count query, so it runs
 * only when a client selects it.
 */
public class ClaimSearchConnection {

    private final Page<SearchHit<Claim>> page;
    private final SearchScope scope;
    private final List<String> highlightWords;

    ClaimSearchConnection(SearchResults<Claim> results, List<String> highlightWords) {
        this.page = results.page();
        this.scope = results.scope();
        this.highlightWords = highlightWords;
    }

    public @NonNull List<@NonNull ClaimSearchEdge> getEdges() {
        return page.items().stream().map(hit -> new ClaimSearchEdge(page.cursorOf().apply(hit), hit.row(),
                hit.rank().doubleValue(), Snippet.of(hit.row().text, highlightWords))).toList();
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
