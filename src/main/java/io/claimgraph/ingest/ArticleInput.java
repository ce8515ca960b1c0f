package io.claimgraph.ingest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A scraped article as a client sends it. The body's size limit is configuration (claimgraph.ingest.max-body-chars). */
@Input("ArticleInput")
public class ArticleInput {

    @NonNull
    @NotBlank
    @Size(max = 2048)
    @Pattern(regexp = "(?i)https?://\\S+", message = "must be an absolute http(s) URL")
    public String url;

    @NonNull
    @NotBlank
    @Size(max = 1000)
    public String headline;

    @NonNull
    @NotBlank
    public String body;

    @Size(max = 255)
    public String publisher;

    public OffsetDateTime publishedAt;

    @Size(max = 35)
    @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag such as \"en\" or \"en-GB\"")
    @Description("BCP 47; default \"en\".")
    public String language;
}
