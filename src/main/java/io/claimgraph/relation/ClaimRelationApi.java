package io.claimgraph.relation;

import io.claimgraph.model.Claim;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class ClaimRelationApi {

    private final ClaimRelationService service;

    public ClaimRelationApi(ClaimRelationService service) {
        this.service = service;
    }

    @Mutation
    @NonNull
    @Description("Record that two claims of different articles corroborate or contradict each other. Replaces whatever "
            + "relation the pair had; automatic detection leaves the pair alone from then on. Returns the first claim.")
    public Claim addClaimRelation(@NonNull ClaimRelationInput input) {
        return service.add(input);
    }

    @Mutation
    @NonNull
    @Description("Remove the relation between two claims, automatic or not. Automatic detection will not add it again "
            + "(addClaimRelation can). Returns the first claim.")
    public Claim removeClaimRelation(@NonNull @Id String claimId, @NonNull @Id String relatedClaimId) {
        return service.remove(claimId, relatedClaimId);
    }
}
