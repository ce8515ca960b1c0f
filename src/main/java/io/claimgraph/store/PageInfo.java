package io.claimgraph.store;

import org.eclipse.microprofile.graphql.Description;

/** Relay page information, for paging forward (first/after) and backward (last/before). */
public record PageInfo(boolean hasNextPage,
        @Description("Cursor of the last edge; pass it as `after` for the next page.") String endCursor,
        @Description("Whether rows come before the first edge; pass startCursor as `before` to read them.") boolean hasPreviousPage,
        @Description("Cursor of the first edge; pass it as `before` (with `last`) for the previous page.") String startCursor) {
}
