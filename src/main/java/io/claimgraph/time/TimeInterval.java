package io.claimgraph.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The dates a time expression stands for, both ends included (calendar dates, no time of day). */
@Type("TimeInterval")
@Description("The dates a time expression stands for, first and last day included.")
public record TimeInterval(@NonNull LocalDate start, @NonNull LocalDate end, @NonNull TimePrecision precision) {

    public TimeInterval {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + " " + end);
        }
    }

    /** Whether the two intervals share a day once each is widened by its precision's fuzz. */
    public boolean overlapsLoosely(TimeInterval other) {
        int fuzz = precision.fuzzDays() + other.precision.fuzzDays();
        return !start.minusDays(fuzz).isAfter(other.end) && !other.start.minusDays(fuzz).isAfter(end);
    }

    /** Days between the two intervals (0 when they overlap). */
    public long gapDays(TimeInterval other) {
        if (!start.isAfter(other.end) && !other.start.isAfter(end)) {
            return 0;
        }
        return start.isAfter(other.end) ? ChronoUnit.DAYS.between(other.end, start)
                : ChronoUnit.DAYS.between(end, other.start);
    }

    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + ".." + end;
    }
}
