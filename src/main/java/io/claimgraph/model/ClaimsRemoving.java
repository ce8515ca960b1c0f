package io.claimgraph.model;

import java.util.List;

/**
 * Claims are about to be deleted (deleteClaim, deleteArticle, an ingest replacing an article's content), announced
 * with CDI's {@code Event} inside the deleting transaction, before the delete: observers still see the rows that
 * refer to the claims and clean up after them in the same transaction. relation observes it (the statuses of the
 * claims their relations linked to).
 */
public record ClaimsRemoving(List<Long> claimIds) {

    public ClaimsRemoving {
        claimIds = List.copyOf(claimIds);
    }
}
