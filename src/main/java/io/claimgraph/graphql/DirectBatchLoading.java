package io.claimgraph.graphql;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoader;

/**
 * The N+1 fix, made cheaper. Every nested field ({@code Claim.assertedBy}, {@code Claim.locations},
 * {@code Location.parent}, ...) is a {@code @Source List<...>} method: graphql-java collects the parents of one
 * level in a DataLoader and the method runs once for all of them, one SQL statement per level whatever the page
 * size. SmallRye queues each parent through its {@code BatchDataFetcher}, which also builds a full request context
 * (path, selected fields as JSON) and starts and stops a metrics timer per parent: a page of 20 articles with
 * claims, asserters and places queued about 700 parents, and that bookkeeping cost more than the SQL. For fields
 * without arguments this hands each parent straight to the same DataLoader (named as SmallRye names it), with the
 * batch context SmallRye's loader reads; the loader still builds the context once per batch. Fields with arguments
 * (the nested connections) keep SmallRye's fetcher, which converts the arguments.
 */
@RegisterForReflection
public class DirectBatchLoading implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        GraphQLSchema schema = builder.build().getGraphQLSchema();
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry direct = registry.transform(code -> {
            for (GraphQLType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                        if (field.getArguments().isEmpty()
                                && registry.getDataFetcher(coordinates, field) instanceof BatchDataFetcher) {
                            code.dataFetcher(coordinates,
                                    new DataLoaderFetcher(object.getName() + "_" + field.getName()));
                        }
                    }
                }
            }
        });
        return builder.schema(schema.transformWithoutTypes(s -> s.codeRegistry(direct)));
    }

    /** Queues the parent with the DataLoader SmallRye registered for the field, in the context its loader expects. */
    static final class DataLoaderFetcher implements DataFetcher<Object> {

        private final String loaderName;

        DataLoaderFetcher(String loaderName) {
            this.loaderName = loaderName;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) {
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            return loader.load(environment.getSource(), Map.of(BatchLoaderHelper.ARGUMENTS, List.of(),
                    BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment));
        }
    }
}
