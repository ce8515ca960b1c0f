package io.claimgraph.relation;

/** How the claims of two different articles relate. */
public enum ClaimRelationKind {
    /** They say the same thing: same subject, same measure and unit with agreeing figures, or the same dated event. */
    CORROBORATES,
    /** They disagree: figures for the same thing beyond their hedges, or different dates for the same event. */
    CONTRADICTS
}
