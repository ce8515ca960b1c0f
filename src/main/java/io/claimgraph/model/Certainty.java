package io.claimgraph.model;

/** How firmly the article presents a claim, from stated fact to denial. */
public enum Certainty {
    /** Stated as fact, by the article or by a named asserter. */
    ASSERTED,
    /** Passed on from someone else: "reportedly", "according to", "reports indicate". */
    REPORTED,
    /** A figure or judgement presented as an estimate. */
    ESTIMATED,
    /** Possibility, prediction or caution: "could", "may", "suggested", "caution". */
    SPECULATIVE,
    /** The asserter denies it. */
    DENIED
}
