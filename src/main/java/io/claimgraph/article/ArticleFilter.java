package io.claimgraph.article;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which articles to list; every field set narrows the list further. */
@Input("ArticleFilter")
public class ArticleFilter {

    @Description("Case-insensitive substring of the headline or body.")
    public String text;

    @Id
    @Description("Articles that mention this actor.")
    public String actorId;

    @Id
    @Description("Articles that mention this location.")
    public String locationId;

    @Description("Exact publisher name, case-insensitive.")
    public String publisher;

    @Description("Published at or after this instant.")
    public OffsetDateTime publishedFrom;

    @Description("Published at or before this instant.")
    public OffsetDateTime publishedTo;
}
