package io.claimgraph.relation;

/** What a stored relation row says about two claims. */
public enum RelationKind {
    CORROBORATES, CONTRADICTS,
    /** An analyst removed the relation: automatic detection must not add it again. */
    DISMISSED;

    public ClaimRelationKind visible() {
        return switch (this) {
            case CORROBORATES -> ClaimRelationKind.CORROBORATES;
            case CONTRADICTS -> ClaimRelationKind.CONTRADICTS;
            case DISMISSED -> null;
        };
    }

    public static RelationKind of(ClaimRelationKind kind) {
        return kind == ClaimRelationKind.CORROBORATES ? CORROBORATES : CONTRADICTS;
    }
}
