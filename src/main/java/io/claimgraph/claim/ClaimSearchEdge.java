package io.claimgraph.claim;

import io.claimgraph.model.Claim;
import io.claimgraph.store.Snippet;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One hit of a search: the claim, how relevant it is, and where the searched words occur in it. */
public record ClaimSearchEdge(@NonNull String cursor, @NonNull Claim node,
        @Description("Relevance: larger is more relevant; comparable only within one search.") double rank,
        @Description("The claim text (cut around the first searched word when it is long), with the searched words marked.") @NonNull Snippet snippet) {
}
