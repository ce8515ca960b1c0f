package io.claimgraph.graphql;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.language.OperationDefinition;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * How a subscription that fails reaches its client as a last result with the error, then "complete".
 *
 * <p>SmallRye turns a failed stream into one last item: the error added to the builder of the previous item, so it
 * carries that item's data again (a client would take the previous article for a new one), or, before any item, no
 * data at all. graphql-java then finds null in the non-null root field of the event and fails the event instead of
 * answering it, and SmallRye only prints that failure: the client would wait on a subscription that is gone. So the
 * last item is stripped of its stale data, a null does not fail a subscription's event (the error it comes with is
 * reported, the field left null), and an event whose root field is null because of an error answers no data.
 */
final class SubscriptionEvents {

    private SubscriptionEvents() {
    }

    static boolean isSubscription(ExecutionContext execution) {
        return execution != null && execution.getOperationDefinition() != null
                && execution.getOperationDefinition().getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
    }

    /** The GraphQL context key that marks a subscription's execution, for the results of its events. */
    private static final String KEY = "claimgraph.subscription";

    /**
     * The subscription's execution, where a null in a non-null field is reported rather than failing the event
     * (graphql-java's builder method for it has that spelling).
     */
    static ExecutionContext nullsReported(ExecutionContext execution) {
        execution.getGraphQLContext().put(KEY, Boolean.TRUE);
        return execution.transform(builder -> builder.propagapropagateErrorsOnNonNullContractFailureeErrors(false));
    }

    /** The root field's stream, its failure item without the data of the item before it. */
    static Object withoutStaleData(Object fetched) {
        if (!(fetched instanceof Publisher<?> source)) {
            return fetched;
        }
        return (Publisher<Object>) subscriber -> source.subscribe(new Subscriber<Object>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(Object item) {
                if (item instanceof DataFetcherResult<?> result && result.hasErrors()) {
                    subscriber.onNext(DataFetcherResult.newResult().errors(result.getErrors()).build());
                } else {
                    subscriber.onNext(item);
                }
            }

            @Override
            public void onError(Throwable failure) {
                subscriber.onError(failure);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
    }

    /** A subscription's event whose only field is null and which carries errors answers no data, as a query would. */
    static ExecutionResult rootNullAsNoData(ExecutionResult event, GraphQLContext context) {
        if (context == null || !Boolean.TRUE.equals(context.get(KEY)) || event.getErrors().isEmpty()
                || !(event.getData() instanceof Map<?, ?> data) || data.size() != 1
                || data.values().iterator().next() != null) {
            return event;
        }
        return ExecutionResultImpl.newExecutionResult().from(event).data(null).build();
    }
}
