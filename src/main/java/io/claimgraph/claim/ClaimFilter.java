package io.claimgraph.claim;

import io.claimgraph.model.BoundingBox;
import io.claimgraph.model.Certainty;
import io.claimgraph.model.ClaimStatus;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Which claims to list; every field set narrows the list further. */
@Input("ClaimFilter")
public class ClaimFilter {

    @Description("Case-insensitive substring of the claim text.")
    public String text;

    @Id
    public String articleId;

    @Id
    @Description("Claims this actor asserts or is a subject of.")
    public String actorId;

    @Id
    @Description("Claims this actor asserts.")
    public String assertedById;

    @Id
    public String locationId;

    @Description("Any of these certainties.")
    public List<@NonNull Certainty> certainty;

    @Description("Any of these statuses: [DISPUTED] lists the claims another article contradicts.")
    public List<@NonNull ClaimStatus> status;

    @Description("Claims with a location whose coordinates lie inside this box (boxes may cross longitude 180).")
    public BoundingBox within;
}
