package io.claimgraph.model;

import java.util.List;

/** The change announced by {@link ClaimLinksChanging} is written and flushed, in the same transaction. */
public record ClaimLinksChanged(List<Long> claimIds) {

    public ClaimLinksChanged {
        claimIds = List.copyOf(claimIds);
    }
}
