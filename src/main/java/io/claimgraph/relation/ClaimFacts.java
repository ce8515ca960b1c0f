package io.claimgraph.relation;

import io.claimgraph.model.Certainty;
import io.claimgraph.model.QuantityBound;
import io.claimgraph.time.TimeInterval;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What relation detection knows of one claim.
 *
 * @param reportedOn the day its article was published (UTC; the ingest day when the source gave none)
 * @param time       the interval its time expression stands for, or null
 * @param timeText   the time expression as written, or null
 * @param subjects   ids of the actors it is about
 * @param places     ids of its locations
 * @param scopes     ids of its locations and of every location they lie in (a city, its region, its country)
 * @param figures    its quantities that have both a measure and a unit, folded onto canonical names
 * @param stems      its content words, for telling whether two claims state the same event
 */
public record ClaimFacts(long id, long articleId, Certainty certainty, LocalDate reportedOn, TimeInterval time,
        String timeText,
        Set<Long> subjects, Set<Long> places, Set<Long> scopes, List<Figure> figures, Set<String> stems) {

    /** Only claims about someone that carry a figure or a date are compared at all; speculation asserts nothing. */
    public boolean comparable() {
        return certainty != Certainty.SPECULATIVE && !subjects.isEmpty() && (!figures.isEmpty() || time != null);
    }

    /**
     * A quantity as a range of values it allows: "about 1,000" allows 750 to 1,250, "at least 1,000" anything from
     * 1,000 up, an exact figure 5% either way (reported figures are rounded).
     */
    public record Figure(String measure, String unit, double low, double high, String text) {

        static final double EXACT = 0.05;
        static final double APPROXIMATE = 0.25;

        public static Figure of(String measure, String unit, double value, Double upper, QuantityBound bound,
                String text,
                boolean estimated) {
            double slack = estimated || bound == QuantityBound.APPROXIMATE ? APPROXIMATE : EXACT;
            double low;
            double high;
            switch (bound) {
                case AT_LEAST -> {
                    low = value * (1 - EXACT);
                    high = Double.POSITIVE_INFINITY;
                }
                case AT_MOST -> {
                    low = 0;
                    high = value * (1 + EXACT);
                }
                case RANGE -> {
                    low = value * (1 - EXACT);
                    high = (upper == null ? value : upper) * (1 + EXACT);
                }
                default -> {
                    low = value * (1 - slack);
                    high = value * (1 + slack);
                }
            }
            return new Figure(Wording.measure(measure), Wording.unit(unit), Math.min(low, high), Math.max(low, high),
                    text);
        }

        /** What quantity.match_key holds for this figure. */
        public String matchKey() {
            return matchKey(measure, unit);
        }

        /** The match key of a stored measure and unit, or null unless both are set. */
        public static String matchKey(String measure, String unit) {
            return measure == null || unit == null ? null : Wording.measure(measure) + "|" + Wording.unit(unit);
        }

        boolean sameThingAs(Figure other) {
            return measure.equals(other.measure) && unit.equals(other.unit);
        }

        boolean agreesWith(Figure other) {
            return low <= other.high && other.low <= high;
        }
    }
}
