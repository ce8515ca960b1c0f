package io.claimgraph.graphql;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.claimgraph.error.LimitExceededException;
import io.claimgraph.graphql.http.GraphQLHttpGate;
import io.claimgraph.store.InlineExecution;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Claimgraph's part of each GraphQL execution, chained after SmallRye's own instrumentation (its depth and
 * complexity limits and its query cache): the checks of operations sent over a WebSocket
 * ({@link WebSocketOperations}), the per-request time budget (not for subscriptions), the stop of an execution whose
 * client hung up ({@link ClientGone}), and the shape of every error
 * ({@link ErrorShaping}). A request error (no data at all) is reported to the HTTP layer, which answers 4xx
 * for it when the client asked for application/graphql-response+json.
 */
public class RequestInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(RequestInstrumentation.class);

    /** The GraphQL context key Quarkus's data fetchers read: true runs a blocking resolver in the calling thread. */
    static final String RUN_INLINE = InlineExecution.KEY;

    private final long budgetNanos;
    private final int maxBatchSize;
    private final WebSocketOperations webSocket;

    public RequestInstrumentation(Duration timeBudget, int maxBatchSize, WebSocketOperations webSocket) {
        this.budgetNanos = timeBudget.toNanos();
        this.maxBatchSize = maxBatchSize;
        this.webSocket = webSocket;
    }

    /** When this execution must be done by. */
    static final class Deadline implements InstrumentationState {
        final long at;

        Deadline(long at) {
            this.at = at;
        }
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Deadline(System.nanoTime() + budgetNanos));
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        if (WebSocketOperations.overWebSocket(execution.getGraphQLContext())) {
            webSocket.check(execution.getGraphQLContext(), execution.getExecutionInput().getQuery(),
                    execution.getOperationDefinition());
        }
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            // HTTP executions run on a worker thread (quarkus.smallrye-graphql.nonblocking.enabled=false), so their
            // resolvers run inline there: no hop to the worker pool and back per resolver call. WebSocket operations
            // still execute on the event loop with that setting: there a resolver must go to a worker.
            execution.getGraphQLContext().put(RUN_INLINE, Boolean.FALSE);
        }
        return null;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (SubscriptionEvents.isSubscription(parameters.getExecutionContext())) {
            // a subscription lives as long as its client wants: its events are not timed
            return parameters.getExecutionStepInfo().getPath().getLevel() == 1
                    ? environment -> SubscriptionEvents.withoutStaleData(dataFetcher.get(environment))
                    : dataFetcher;
        }
        if (parameters.isTrivialDataFetcher() || !(state instanceof Deadline deadline)) {
            return dataFetcher;
        }
        return environment -> {
            // before SmallRye turns every element of a list argument into an object: 10,000 articles take seconds
            if (environment.getArgument("inputs") instanceof java.util.List<?> inputs && inputs.size() > maxBatchSize) {
                throw new LimitExceededException("inputs", "At most " + maxBatchSize + " articles per call");
            }
            if (ClientGone.of(environment.getGraphQlContext())) {
                throw new ClientGone();
            }
            if (System.nanoTime() - deadline.at > 0) {
                throw new LimitExceededException("The request ran over its time budget of "
                        + Duration.ofNanos(budgetNanos).toMillis() + " ms");
            }
            if (OperationTimer.timedHere(environment)) {
                return OperationTimer.time(environment, dataFetcher);
            }
            return dataFetcher.get(environment);
        };
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext execution,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return SubscriptionEvents.isSubscription(execution) ? SubscriptionEvents.nullsReported(execution) : execution;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult executionResult,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (ClientGone.of(parameters.getGraphQLContext())) {
            // its errors are those of fields cut off from the request's session: not worth a stack trace each
            LOG.debugf("The client went away during its query; %d field errors not reported",
                    executionResult.getErrors().size());
            return CompletableFuture.completedFuture(executionResult);
        }
        ExecutionResult shaped = ErrorShaping
                .shape(SubscriptionEvents.rootNullAsNoData(executionResult, parameters.getGraphQLContext()));
        if (ErrorShaping.isUnavailable(shaped)) {
            GraphQLHttpGate.markUnavailable(parameters.getExecutionInput(), ErrorShaping.retryAfterSeconds(shaped));
        } else if (ErrorShaping.isRequestError(shaped)) {
            GraphQLHttpGate.markRequestError(parameters.getExecutionInput());
        }
        return CompletableFuture.completedFuture(shaped);
    }
}
