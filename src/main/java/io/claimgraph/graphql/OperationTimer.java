package io.claimgraph.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CompletionStage;

/**
 * The per-operation timer operators read on /q/metrics ({@code mp_graphql_seconds_*}, tagged name, type, source), for
 * the resolvers that run inline on the request's worker thread. SmallRye records it only when it sends a resolver to
 * a worker; with HTTP executions on one worker thread (RequestInstrumentation) that hop is gone, so the timer is
 * recorded here, under SmallRye's name and tags, so dashboards see no difference. WebSocket executions still hop and
 * are left to SmallRye.
 */
final class OperationTimer {

    private static final String NAME = "mp_graphql";

    private OperationTimer() {
    }

    /** True for an operation's root field that SmallRye will not time itself: it runs inline (no hop to a worker). */
    static boolean timedHere(DataFetchingEnvironment environment) {
        return Boolean.TRUE.equals(environment.getGraphQlContext().get(RequestInstrumentation.RUN_INLINE))
                && environment.getExecutionStepInfo().getPath().getLevel() == 1;
    }

    static Object time(DataFetchingEnvironment environment, DataFetcher<?> fetcher) throws Exception {
        Timer timer = Metrics.globalRegistry.timer(NAME, Tags.of("name", environment.getField().getName())
                .and("type", environment.getOperationDefinition().getOperation().name())
                .and("source", "false"));
        Timer.Sample sample = Timer.start();
        Object result;
        try {
            result = fetcher.get(environment);
        } catch (Exception | Error e) {
            sample.stop(timer);
            throw e;
        }
        if (result instanceof CompletionStage<?> stage) {
            stage.whenComplete((value, failure) -> sample.stop(timer));
        } else {
            sample.stop(timer);
        }
        return result;
    }
}
