package io.claimgraph.claim;

import io.claimgraph.model.Certainty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A correction to a claim: fields left out stay as they are; lists given replace the stored ones. */
@Input("ClaimUpdateInput")
public class ClaimUpdateInput {

    @Id
    public String assertedById;

    @Description("Set to true to make the claim the article's own voice again (no asserter).")
    public Boolean clearAssertedBy;

    @Size(max = 500)
    public String attribution;

    public Certainty certainty;

    @Size(max = 200)
    @Description("A new time expression, resolved to dates again; an empty string removes it.")
    public String timeText;

    @Id
    public List<@NonNull String> subjectIds;

    @Id
    public List<@NonNull String> locationIds;
}
