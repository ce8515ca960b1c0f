package io.claimgraph.relation;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A relation an analyst records between claims of two different articles. */
@Input("ClaimRelationInput")
public class ClaimRelationInput {

    @NonNull
    @Id
    public String claimId;

    @NonNull
    @Id
    @Description("A claim of another article.")
    public String relatedClaimId;

    @NonNull
    public ClaimRelationKind kind;

    @Size(max = 500)
    @Description("Why, in the analyst's words; shown as the relation's reason.")
    public String note;
}
