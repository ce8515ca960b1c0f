package io.claimgraph.relation;

import io.claimgraph.model.Claim;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A relation as a client sees it, from one claim's side. */
@Type("ClaimRelation")
@Description("How another article's claim relates to this one, who said so and why.")
public record ClaimRelationView(
        @NonNull ClaimRelationKind kind,
        @NonNull RelationOrigin origin,
        @Description("Why: the figures or dates compared, or the analyst's note.") String reason,
        @NonNull OffsetDateTime createdAt,
        @NonNull @Description("The other claim.") Claim relatedClaim) {
}
