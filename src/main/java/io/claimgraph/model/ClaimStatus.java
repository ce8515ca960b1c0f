package io.claimgraph.model;

/** Where a claim stands against the claims of other articles, from its relations. */
public enum ClaimStatus {
    /** No other article's claim corroborates or contradicts it (yet). */
    UNREVIEWED,
    /** At least one claim of another article corroborates it, and none contradicts it. */
    CORROBORATED,
    /** At least one claim of another article contradicts it. */
    DISPUTED
}
