package io.claimgraph.model;

import java.util.List;

/**
 * Claims were created or edited by hand (createClaim, updateClaim, mergeActors), announced with CDI's {@code Event}
 * from inside the transaction that wrote them, after a flush. Synchronous observers bring what is derived from the
 * claims up to date in that same transaction, so the mutation answers with it and a rollback undoes it too: relation
 * observes it (automatic relations and statuses, ADR 0003). Ids only: an observer reads what it needs.
 */
public record ClaimsChanged(List<Long> claimIds) {

    public ClaimsChanged {
        claimIds = List.copyOf(claimIds);
    }
}
