package io.claimgraph.relation;

/** Who made a relation. */
public enum RelationOrigin {
    /** Found when an article was ingested or a claim changed; recomputed whenever one of its claims changes. */
    AUTOMATIC,
    /** Added by an analyst with addClaimRelation; automatic detection never changes or removes it. */
    ANALYST
}
