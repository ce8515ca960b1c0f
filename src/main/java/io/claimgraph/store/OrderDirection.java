package io.claimgraph.store;

/** The direction of one key of a list's order. */
public enum OrderDirection {
    /** Smallest (earliest, A) first. */
    ASC,
    /** Largest (latest, Z) first. */
    DESC
}
