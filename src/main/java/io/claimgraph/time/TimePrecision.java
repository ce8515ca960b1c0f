package io.claimgraph.time;

/**
 * How precisely a time expression pins its interval down, finest first. "early February" is PART_OF_MONTH
 * (the 1st to the 10th), "late 2022" PART_OF_YEAR (September to December), "Q3 2024" QUARTER.
 */
public enum TimePrecision {
    DAY(0), WEEK(0),
    /** Early, mid or late in a month, or its start or end. */
    PART_OF_MONTH(3), MONTH(0), QUARTER(0),
    /** Spring, summer, autumn or winter (northern hemisphere, meteorological: March to May, ...). */
    SEASON(15),
    /** Early, mid or late in a year, or its start or end. */
    PART_OF_YEAR(31), HALF_YEAR(0), YEAR(0), DECADE(0);

    private final int fuzzDays;

    TimePrecision(int fuzzDays) {
        this.fuzzDays = fuzzDays;
    }

    /**
     * Days by which the interval's edges are uncertain: where "early" ends and "mid" begins is a matter of taste,
     * so two such intervals are only told apart when they are further apart than this.
     */
    public int fuzzDays() {
        return fuzzDays;
    }
}
