package io.claimgraph.claim;

import io.claimgraph.model.Claim;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of claims, Relay style. totalCount costs a count query, so it runs only when a client
 * selects it.
 */
public class ClaimConnection {

    private final Page<Claim> page;

    private ClaimConnection(Page<Claim> page) {
        this.page = page;
    }

    public static ClaimConnection of(Page<Claim> page) {
        return new ClaimConnection(page);
    }

    public @NonNull List<@NonNull ClaimEdge> getEdges() {
        return page.items().stream().map(row -> new ClaimEdge(page.cursorOf().apply(row), row)).toList();
    }

    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    /** Counts the whole list; resolved by {@link io.claimgraph.graphql.TotalCountFields} off the event loop. */
    public int totalCount() {
        return page.totalCountAsInt();
    }
}
