package io.claimgraph.model;

import java.util.List;

/**
 * The actors or locations these claims name are about to change by hand (updateClaim, mergeActors), announced with
 * CDI's {@code Event} inside the writing transaction, before the change; {@link ClaimLinksChanged} follows once it is
 * flushed. Observers that keep something per linked row (the claim counts of actors and locations) take the claims
 * out here and put them back there.
 */
public record ClaimLinksChanging(List<Long> claimIds) {

    public ClaimLinksChanging {
        claimIds = List.copyOf(claimIds);
    }
}
