package io.claimgraph.timeline;

import io.claimgraph.claim.ClaimFilter;
import io.claimgraph.store.ReadOnlyQuery;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class TimelineApi {

    private final TimelineQueries queries;

    public TimelineApi(TimelineQueries queries) {
        this.queries = queries;
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    @Description("How many claims matching the filter were published per day, week (Monday to Sunday) or month, in UTC, "
            + "from..to inclusive (default: the oldest to the newest matching claim; at most "
            + TimelineQueries.MAX_BUCKETS
            + " buckets). With groupBy, also one series per top actor (claims about it) or location.")
    public ClaimTimeline claimTimeline(ClaimFilter filter, @DefaultValue("DAY") TimelineInterval interval,
            LocalDate from,
            LocalDate to, TimelineGroup groupBy, @DefaultValue("5") Integer top) {
        return queries.timeline(filter, interval, from, to, groupBy, top);
    }
}
