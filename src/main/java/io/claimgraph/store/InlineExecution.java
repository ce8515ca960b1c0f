package io.claimgraph.store;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Whether the resolver running now belongs to a GraphQL execution over HTTP that runs its resolvers inline on the
 * request's worker thread. Only there does the request's Hibernate session live exactly as long as one execution.
 */
public final class InlineExecution {

    /** The GraphQL context key Quarkus's data fetchers read: true runs a blocking resolver on the calling thread. */
    public static final String KEY = "runBlocking";

    private InlineExecution() {
    }

    static boolean now() {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        DataFetchingEnvironment environment = context == null ? null : context.getDataFetchingEnvironment();
        GraphQLContext graphql = environment == null ? null : environment.getGraphQlContext();
        return graphql != null && Boolean.TRUE.equals(graphql.get(KEY));
    }
}
