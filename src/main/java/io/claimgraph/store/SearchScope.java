package io.claimgraph.store;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;

/**
 * Which rows a search looked at: the newest {@code claimgraph.search.horizon} rows of its list that pass the filter
 * (and are older than the search's {@code olderThan}), so that a search reads as many rows in a large archive as in
 * a small one.
 */
@Description("Which rows a search looked at. A search reads the newest rows of its list that pass the filter, up to the "
        + "server's horizon (claimgraph.search.horizon, 10,000 by default); when there are more, pass searchedFrom as "
        + "`olderThan` to search the older ones.")
public record SearchScope(
        @Description("Whether every row that passes the filter (and is older than `olderThan`) was searched.") boolean complete,
        @Description("When not complete: the time (publication, else ingest) of the oldest rows searched; every row "
                + "older than it was left out. Pass it as `olderThan` to search those.") OffsetDateTime searchedFrom) {

    static final SearchScope COMPLETE = new SearchScope(true, null);
}
