package io.claimgraph.claim;

import io.claimgraph.model.Claim;
import org.eclipse.microprofile.graphql.NonNull;

public record ClaimEdge(@NonNull String cursor, @NonNull Claim node) {
}
