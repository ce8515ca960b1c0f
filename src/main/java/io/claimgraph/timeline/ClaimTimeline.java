package io.claimgraph.timeline;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ClaimTimeline")
@Description("Claims counted per day, week or month of their article's publication, every bucket of the range present.")
public record ClaimTimeline(
        @NonNull TimelineInterval interval,
        @Description("First day counted: the from argument, else the day of the oldest matching claim; null when none matched.") LocalDate from,
        @Description("Last day counted: the to argument, else the day of the newest matching claim.") LocalDate to,
        @Description("Claims counted.") int total,
        @NonNull @Description("Every bucket from the one holding from to the one holding to, oldest first, empty ones included.") List<@NonNull TimelineBucket> buckets,
        @NonNull @Description("With groupBy: the top actors or locations, most claims first, each counted bucket by bucket.") List<@NonNull TimelineSeries> series) {
}
