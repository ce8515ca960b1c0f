package io.claimgraph.ingest;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class IngestApi {

    private final IngestService ingest;
    private final ExtractionModels models;

    public IngestApi(IngestService ingest, ExtractionModels models) {
        this.ingest = ingest;
        this.models = models;
    }

    @Mutation
    @NonNull
    @Description("Store an article and extract its claims, actors and locations. Idempotent on url and on content.")
    public IngestResult ingestArticle(@NonNull ArticleInput input) {
        models.requireIngest(); // before the service is touched: it would load the models
        return ingest.ingest(input);
    }

    @Mutation
    @NonNull
    @Description("Ingest many articles in one request; each one succeeds or fails on its own.")
    public List<@NonNull IngestResult> ingestArticles(@NonNull List<@NonNull ArticleInput> inputs) {
        models.requireIngest();
        return ingest.ingestAll(inputs);
    }
}
