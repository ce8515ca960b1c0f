package io.claimgraph.location;

import io.claimgraph.graphql.Page;
import io.claimgraph.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of locations, Relay style. */
public record LocationConnection(@NonNull List<@NonNull LocationEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    public static LocationConnection of(Page<Location> page) {
        List<LocationEdge> edges = page.items().stream().map(row -> new LocationEdge(page.cursorOf().apply(row), row)).toList();
        return new LocationConnection(edges, page.pageInfo(), page.totalCountAsInt());
    }
}
