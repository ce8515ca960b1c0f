package io.claimgraph.live;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.LimitExceededException;
import io.claimgraph.model.ClaimsAdded;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Where written rows become events for subscribers: a writer announces new claims ({@link ClaimsAdded}) from inside
 * its transaction, and this replica's subscribers hear of them after the commit (other replicas through the {@link LiveRelay}). A
 * rolled-back write publishes nothing.
 */
@ApplicationScoped
@Startup // its gauge is in the metrics from the start, not from the first subscription
public class LiveHub {

    private final Set<LiveFeed<?>> feeds = ConcurrentHashMap.newKeySet();

    private final TransactionSynchronizationRegistry transactions;
    private final LiveRelay relay;
    private final ClaimgraphConfig.Live config;
    private final Vertx vertx;

    public LiveHub(TransactionSynchronizationRegistry transactions, LiveRelay relay, ClaimgraphConfig config,
            MeterRegistry meters, Vertx vertx) {
        this.vertx = vertx;
        this.transactions = transactions;
        this.relay = relay;
        this.config = config.live();

        Gauge.builder("claimgraph.live.subscriptions", feeds, Set::size)
                .description("GraphQL subscriptions open on this replica").register(meters);
    }

    /**
     * Observed inside the writing transaction, not after it: the relay's announcement (a PostgreSQL NOTIFY) belongs to
     * that transaction, and the event goes out to this replica's subscribers if, and once, it commits.
     */
    void onClaimsAdded(@Observes ClaimsAdded added) {
        publishAfterCommit(new LiveEvent(added.articleId(), added.articleIngested(), added.claimIds()));
    }

    private void publishAfterCommit(LiveEvent event) {
        relay.announce(event);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    deliver(event);
                }
            }
        });
    }

    /** Hands a committed event to every subscription of this replica. */
    public void deliver(LiveEvent event) {
        for (LiveFeed<?> feed : feeds) {
            feed.offer(event);
        }
    }

    /**
     * A stream of the items {@code load} makes of each event from now on, for one subscription; ends when the client
     * unsubscribes or falls too far behind (see {@link LiveFeed}).
     */
    public <T> Multi<T> subscribe(Function<LiveEvent, List<T>> load, BooleanSupplier clientCanTakeMore) {
        if (feeds.size() >= config.maxSubscriptions()) {
            throw new LimitExceededException("This server has " + config.maxSubscriptions()
                    + " subscriptions open, the most it takes; try again later");
        }
        Context current = Vertx.currentContext();
        Context context = current != null ? current : vertx.getOrCreateContext();
        return Multi.createFrom().<T>emitter(emitter -> {
            LiveFeed<T> feed = new LiveFeed<>(config.bufferSize(), emitter, load, clientCanTakeMore, workerOn(context));
            feeds.add(feed);
            emitter.onTermination(() -> {
                feeds.remove(feed);
                feed.release();
            });
        }, BackPressureStrategy.ERROR);
    }

    /**
     * A feed's rounds run as blocking tasks of the subscription's Vert.x context: the GraphQL engine resolves the
     * nested fields of each item through that context (batched fields run as its blocking tasks), whichever thread
     * published the event, this replica's ingest or the listener of another replica's notifications.
     */
    private LiveFeed.Scheduler workerOn(Context context) {
        return (round, delayMillis) -> {
            if (delayMillis <= 0) {
                context.executeBlocking(() -> {
                    round.run();
                    return null;
                }, false);
            } else {
                vertx.setTimer(delayMillis, timer -> context.executeBlocking(() -> {
                    round.run();
                    return null;
                }, false));
            }
        };
    }

    /** Open subscriptions on this replica. */
    public int subscriptions() {
        return feeds.size();
    }
}
