package io.claimgraph.ingest;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class IngestApi {

    private final IngestService ingest;

    public IngestApi(IngestService ingest) {
        this.ingest = ingest;
    }

    @Mutation
    @NonNull
    @Description("Store an article and extract its claims, actors and locations. Idempotent on url and on content.")
    public IngestResult ingestArticle(@NonNull ArticleInput input) {
        return ingest.ingest(input);
    }

    @Mutation
    @NonNull
    @Description("Ingest many articles in one request; each one succeeds or fails on its own.")
    public List<@NonNull IngestResult> ingestArticles(@NonNull List<@NonNull ArticleInput> inputs) {
        return ingest.ingestAll(inputs);
    }
}
