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
    // an archive's identifier ("archive-name:1234") names articles that never had a web address; schemes a browser
    // would run or read locally stay refused, as does every other scheme with an authority ("ftp://")
    @Pattern(regexp = "(?i)https?://\\S+|(?!(?:javascript|vbscript|data|file|blob):)[a-z][a-z0-9.+-]*:[a-z0-9._~-][a-z0-9._~:-]*", message = "must be an absolute http(s) URL or an archive identifier such as \"archive:1234\"")
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
