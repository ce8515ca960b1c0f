package io.claimgraph.store;

import org.eclipse.microprofile.graphql.Description;

/** Relay page information. */
public record PageInfo(boolean hasNextPage,
        @Description("Cursor of the last edge; pass it as `after` for the next page.") String endCursor) {
}
