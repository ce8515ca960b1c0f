package io.claimgraph.location;

import io.claimgraph.model.Location;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of locations, Relay style. totalCount costs a count query, so it runs only when a client
 * selects it.
 */
public class LocationConnection {

    private final Page<Location> page;

    private LocationConnection(Page<Location> page) {
        this.page = page;
    }

    public static LocationConnection of(Page<Location> page) {
        return new LocationConnection(page);
    }

    public @NonNull List<@NonNull LocationEdge> getEdges() {
        return page.items().stream().map(row -> new LocationEdge(page.cursorOf().apply(row), row)).toList();
    }

    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    /** Counts the whole list; resolved by {@link io.claimgraph.graphql.TotalCountFields} off the event loop. */
    public int totalCount() {
        return page.totalCountAsInt();
    }
}
