package io.claimgraph.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import io.claimgraph.graphql.http.GraphQLHttpGate;
import io.smallrye.graphql.execution.QueryCache;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The one instrumentation of each GraphQL execution: SmallRye's own (its depth and complexity limits and its query
 * cache), then Claimgraph's part: the checks of operations sent over a WebSocket ({@link WebSocketOperations}), the
 * per-request time budget (not for subscriptions), and the shape of every error ({@link ErrorShaping}). A request
 * error (no data at all) is reported to the HTTP layer, which answers 4xx for it when the client asked for
 * application/graphql-response+json.
 *
 * <p>SmallRye's instrumentations work once per document (parse, validation, the operation); graphql-java's chain
 * would still call each of them for every field, and wrap their per-field no-op contexts in contexts of its own: on a
 * page of 20 articles with claims, asserters and places that was a seventh of the request's garbage. When SmallRye's
 * instrumentation is made of those known document-level parts only, the per-field calls stop here; anything else
 * (tracing, say) is called for every field as before.
 */
public class RequestInstrumentation implements Instrumentation {

    /** SmallRye's instrumentations that do nothing per field. */
    private static final Set<Class<?>> DOCUMENT_LEVEL = Set.of(MaxQueryDepthInstrumentation.class,
            MaxQueryComplexityInstrumentation.class, QueryCache.class);

    private final Instrumentation smallrye;
    private final boolean smallryePerField;
    private final long budgetNanos;
    private final int maxBatchSize;
    private final WebSocketOperations webSocket;

    public RequestInstrumentation(Instrumentation smallrye, Duration timeBudget, int maxBatchSize, WebSocketOperations webSocket) {
        this.smallrye = smallrye;
        this.smallryePerField = !documentLevelOnly(smallrye);
        this.budgetNanos = timeBudget.toNanos();
        this.maxBatchSize = maxBatchSize;
        this.webSocket = webSocket;
    }

    static boolean documentLevelOnly(Instrumentation instrumentation) {
        if (instrumentation == null) {
            return true;
        }
        if (instrumentation instanceof ChainedInstrumentation chain) {
            return chain.getInstrumentations().stream().allMatch(RequestInstrumentation::documentLevelOnly);
        }
        return DOCUMENT_LEVEL.contains(instrumentation.getClass());
    }

    boolean callsSmallRyePerField() {
        return smallryePerField;
    }

    /** SmallRye's state, and when this execution must be done by. */
    static final class State implements InstrumentationState {
        final InstrumentationState smallrye;
        final long deadline;

        State(InstrumentationState smallrye, long deadline) {
            this.smallrye = smallrye;
            this.deadline = deadline;
        }
    }

    private static InstrumentationState inner(InstrumentationState state) {
        return state instanceof State ours ? ours.smallrye : state;
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        long deadline = System.nanoTime() + budgetNanos;
        if (smallrye == null) {
            return CompletableFuture.completedFuture(new State(null, deadline));
        }
        CompletableFuture<InstrumentationState> inner = smallrye.createStateAsync(parameters);
        return inner == null ? CompletableFuture.completedFuture(new State(null, deadline)) : inner.thenApply(s -> new State(s, deadline));
    }

    // --- once per document: SmallRye's, then ours

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return smallrye == null ? null : smallrye.beginExecution(parameters, inner(state));
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return smallrye == null ? null : smallrye.beginParse(parameters, inner(state));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters, InstrumentationState state) {
        return smallrye == null ? null : smallrye.beginValidation(parameters, inner(state));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        InstrumentationContext<ExecutionResult> context = smallrye == null ? null : smallrye.beginExecuteOperation(parameters, inner(state));
        if (WebSocketOperations.overWebSocket(execution.getGraphQLContext())) {
            webSocket.check(execution.getGraphQLContext(), execution.getExecutionInput().getQuery(), execution.getOperationDefinition());
        }
        return context;
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return smallrye == null ? null : smallrye.beginExecutionStrategy(parameters, inner(state));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters, InstrumentationState state) {
        return smallrye == null ? null : smallrye.beginSubscribedFieldEvent(parameters, inner(state));
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return smallrye == null ? executionInput : smallrye.instrumentExecutionInput(executionInput, parameters, inner(state));
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return smallrye == null ? documentAndVariables : smallrye.instrumentDocumentAndVariables(documentAndVariables, parameters, inner(state));
    }

    @Override
    public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return smallrye == null ? schema : smallrye.instrumentSchema(schema, parameters, inner(state));
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext executionContext, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        return smallrye == null ? executionContext : smallrye.instrumentExecutionContext(executionContext, parameters, inner(state));
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult executionResult,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        CompletableFuture<ExecutionResult> theirs = smallrye == null ? CompletableFuture.completedFuture(executionResult)
                : smallrye.instrumentExecutionResult(executionResult, parameters, inner(state));
        return theirs.thenApply(result -> {
            ExecutionResult shaped = ErrorShaping.shape(result);
            if (ErrorShaping.isRequestError(shaped)) {
                GraphQLHttpGate.markRequestError(parameters.getExecutionInput());
            }
            return shaped;
        });
    }

    // --- per field: SmallRye's only when it has per-field parts, then the time budget

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return smallryePerField ? smallrye.beginExecuteObject(parameters, inner(state)) : null;
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationState state) {
        return smallryePerField ? smallrye.beginDeferredField(inner(state)) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
        return smallryePerField ? smallrye.beginFieldExecution(parameters, inner(state)) : null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return smallryePerField ? smallrye.beginFieldFetch(parameters, inner(state)) : null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        return smallryePerField ? smallrye.beginFieldFetching(parameters, inner(state)) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        return smallryePerField ? smallrye.beginFieldCompletion(parameters, inner(state)) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters, InstrumentationState state) {
        return smallryePerField ? smallrye.beginFieldListCompletion(parameters, inner(state)) : null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        DataFetcher<?> dataFetcher = smallryePerField ? smallrye.instrumentDataFetcher(fetcher, parameters, inner(state)) : fetcher;
        if (parameters.isTrivialDataFetcher() || !(state instanceof State ours) || isSubscription(parameters.getExecutionContext())) {
            return dataFetcher; // a subscription lives as long as its client wants: its events are not timed
        }
        long deadline = ours.deadline;
        return environment -> {
            // before SmallRye turns every element of a list argument into an object: 10,000 articles take seconds
            if (environment.getArgument("inputs") instanceof java.util.List<?> inputs && inputs.size() > maxBatchSize) {
                throw new LimitExceededException("inputs", "At most " + maxBatchSize + " articles per call");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new LimitExceededException("The request ran over its time budget of "
                        + Duration.ofNanos(budgetNanos).toMillis() + " ms");
            }
            return dataFetcher.get(environment);
        };
    }

    private static boolean isSubscription(ExecutionContext execution) {
        return execution != null && execution.getOperationDefinition() != null
                && execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
    }
}
