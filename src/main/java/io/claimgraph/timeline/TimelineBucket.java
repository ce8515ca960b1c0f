package io.claimgraph.timeline;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TimelineBucket")
@Description("One day, week or month of a timeline, first and last day included.")
public record TimelineBucket(@NonNull LocalDate start, @NonNull LocalDate end,
        @Description("Claims published in it (0 for a day, week or month without any).") int count) {
}
