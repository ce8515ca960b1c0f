package io.claimgraph.relation;

/** An unordered pair of claims, as claim_relation stores it once: the lower id first. */
record ClaimPair(long low, long high) {

    static ClaimPair of(long a, long b) {
        return new ClaimPair(Math.min(a, b), Math.max(a, b));
    }
}
