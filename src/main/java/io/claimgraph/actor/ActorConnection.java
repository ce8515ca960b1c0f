package io.claimgraph.actor;

import io.claimgraph.model.Actor;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of actors, Relay style. totalCount costs a count query, so it runs only when a client
 * selects it.
 */
public class ActorConnection {

    private final Page<Actor> page;

    private ActorConnection(Page<Actor> page) {
        this.page = page;
    }

    public static ActorConnection of(Page<Actor> page) {
        return new ActorConnection(page);
    }

    public @NonNull List<@NonNull ActorEdge> getEdges() {
        return page.items().stream().map(row -> new ActorEdge(page.cursorOf().apply(row), row)).toList();
    }

    public @NonNull PageInfo getPageInfo() {
        return page.pageInfo();
    }

    /** Counts the whole list; resolved by {@link io.claimgraph.graphql.TotalCountFields} off the event loop. */
    public int totalCount() {
        return page.totalCountAsInt();
    }
}
