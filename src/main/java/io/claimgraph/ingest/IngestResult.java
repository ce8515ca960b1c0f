package io.claimgraph.ingest;

import io.claimgraph.model.Article;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

public record IngestResult(
        Article article,
        @NonNull IngestOutcome outcome,
        @NonNull List<@NonNull String> warnings,
        @Description("Why this article was refused, when outcome is REJECTED (only in ingestArticles).") String error) {

    public static IngestResult of(Article article, IngestOutcome outcome, List<String> warnings) {
        return new IngestResult(article, outcome, List.copyOf(warnings), null);
    }

    public static IngestResult rejected(String error) {
        return new IngestResult(null, IngestOutcome.REJECTED, List.of(), error);
    }
}
