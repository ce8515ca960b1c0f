package io.claimgraph.location;

import io.claimgraph.model.Location;
import org.eclipse.microprofile.graphql.NonNull;

public record LocationEdge(@NonNull String cursor, @NonNull Location node) {
}
