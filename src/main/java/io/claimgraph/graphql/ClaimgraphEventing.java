package io.claimgraph.graphql;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.claimgraph.config.ClaimgraphConfig;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;

/**
 * Hooks {@link RequestInstrumentation} into the GraphQL engine. SmallRye has already set its own instrumentation
 * (depth and complexity limits, the query cache) on the builder; setting another would replace it, so ours is
 * chained after it.
 */
public class ClaimgraphEventing implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation smallrye = builder.build().getInstrumentation();
        ClaimgraphConfig config = Arc.container().instance(ClaimgraphConfig.class).get();
        WebSocketOperations webSocket = Arc.container().instance(WebSocketOperations.class).get();
        Instrumentation ours = new RequestInstrumentation(config.graphql().timeBudget(), config.ingest().maxBatchSize(),
                webSocket);
        return builder.instrumentation(new ChainedInstrumentation(List.of(smallrye, ours)));
    }
}
