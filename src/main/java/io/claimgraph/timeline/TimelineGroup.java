package io.claimgraph.timeline;

/** What a timeline splits its counts by, besides the total. */
public enum TimelineGroup {
    /** The actors the claims are about (their subjects). */
    ACTOR,
    /** The claims' locations. */
    LOCATION
}
