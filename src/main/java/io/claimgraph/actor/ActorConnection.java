package io.claimgraph.actor;

import io.claimgraph.graphql.Page;
import io.claimgraph.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of actors, Relay style. */
public record ActorConnection(@NonNull List<@NonNull ActorEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    public static ActorConnection of(Page<Actor> page) {
        List<ActorEdge> edges = page.items().stream().map(row -> new ActorEdge(page.cursorOf().apply(row), row)).toList();
        return new ActorConnection(edges, page.pageInfo(), page.totalCountAsInt());
    }
}
