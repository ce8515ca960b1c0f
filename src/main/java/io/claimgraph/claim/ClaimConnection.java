package io.claimgraph.claim;

import io.claimgraph.graphql.Page;
import io.claimgraph.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of claims, Relay style. */
public record ClaimConnection(@NonNull List<@NonNull ClaimEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    public static ClaimConnection of(Page<Claim> page) {
        List<ClaimEdge> edges = page.items().stream().map(row -> new ClaimEdge(page.cursorOf().apply(row), row)).toList();
        return new ClaimConnection(edges, page.pageInfo(), page.totalCountAsInt());
    }
}
