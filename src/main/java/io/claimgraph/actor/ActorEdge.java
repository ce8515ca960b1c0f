package io.claimgraph.actor;

import io.claimgraph.model.Actor;
import org.eclipse.microprofile.graphql.NonNull;

public record ActorEdge(@NonNull String cursor, @NonNull Actor node) {
}
