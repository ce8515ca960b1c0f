package io.claimgraph.timeline;

/** The width of a timeline's buckets. Weeks run Monday to Sunday; all buckets are UTC calendar days. */
public enum TimelineInterval {
    DAY, WEEK, MONTH
}
