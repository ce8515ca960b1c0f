package io.claimgraph.claim;

import io.claimgraph.model.Certainty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A claim recorded by hand. Certainty defaults to ASSERTED. */
@Input("ClaimInput")
public class ClaimInput {

    @NonNull
    @Id
    public String articleId;

    @NonNull
    @NotBlank
    @Size(max = 10_000)
    public String text;

    @Id
    public String assertedById;

    @Size(max = 500)
    public String attribution;

    public Certainty certainty;

    @Size(max = 200)
    @Description("A time expression as written (\"late 2022\", \"last week\"); resolved to dates from the article's publication date.")
    public String timeText;

    @Id
    public List<@NonNull String> subjectIds;

    @Id
    public List<@NonNull String> locationIds;
}
