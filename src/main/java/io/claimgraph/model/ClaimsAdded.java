package io.claimgraph.model;

import java.util.List;

/**
 * New claims were written (an ingested article's, or one added by createClaim), announced with CDI's {@code Event}
 * from inside the writing transaction. live observes it: subscribers hear of the claims if, and once, that
 * transaction commits.
 *
 * @param articleId the article the claims belong to
 * @param articleIngested whether the article itself was just ingested (created, or updated with new content); false
 *            when claims were added to an article that was already there
 * @param claimIds the claims written, in article order
 */
public record ClaimsAdded(long articleId, boolean articleIngested, List<Long> claimIds) {

    public ClaimsAdded {
        claimIds = List.copyOf(claimIds);
    }
}
