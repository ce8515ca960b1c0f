package io.claimgraph.timeline;

import io.claimgraph.model.Actor;
import io.claimgraph.model.Location;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineSeries")
@Description("The counts of one actor's or location's claims, bucket by bucket.")
public record TimelineSeries(
        @Description("The actor, when the timeline is grouped by ACTOR.") Actor actor,
        @Description("The location, when the timeline is grouped by LOCATION.") Location location,
        @Description("All its claims in the timeline's range.") int total,
        @NonNull @Description("One count per bucket, in the order of the timeline's buckets (0 where it has none).") List<@NonNull Integer> counts) {
}
