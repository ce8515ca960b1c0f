package io.claimgraph.live;

import io.claimgraph.error.DatabaseUnavailable;
import io.claimgraph.error.LimitExceededException;
import io.claimgraph.error.UnavailableException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * One subscription's events on their way to its client.
 *
 * <p>Whoever publishes only puts the event in this feed's bounded queue and returns: an ingest never waits for a
 * subscriber. A worker turns queued events into items (loading their rows) and hands them on only as fast as the
 * client takes them: while GraphQL has not asked for more, or while the client's connection cannot take more
 * bytes, events wait in the queue. A client that lets {@code capacity} events pile up is too slow to follow: its
 * subscription ends with a LIMIT_EXCEEDED error, and it can catch up with the list queries and subscribe again.
 * Memory per subscription is therefore bounded by {@code capacity} ids plus the items of one event.
 */
final class LiveFeed<T> {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class);
    /** How soon a feed whose client could not take more tries again. */
    private static final long RETRY_MILLIS = 50;

    private final ArrayBlockingQueue<LiveEvent> queued;
    private final Deque<T> ready = new ArrayDeque<>();
    private final MultiEmitter<? super T> emitter;
    private final Function<LiveEvent, List<T>> load;
    private final BooleanSupplier clientCanTakeMore;
    private final Scheduler worker;
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean ended;
    private InjectableContext.ContextState requestState;

    /** Runs a feed's rounds on a thread that may block, now or after a pause. */
    interface Scheduler {
        void schedule(Runnable round, long delayMillis);
    }

    LiveFeed(int capacity, MultiEmitter<? super T> emitter, Function<LiveEvent, List<T>> load,
            BooleanSupplier clientCanTakeMore, Scheduler worker) {
        this.queued = new ArrayBlockingQueue<>(capacity);
        this.emitter = emitter;
        this.load = load;
        this.clientCanTakeMore = clientCanTakeMore;
        this.worker = worker;
        emitter.onRequest(n -> schedule(0));
    }

    /** Queues an event for this subscription; never blocks. */
    void offer(LiveEvent event) {
        if (ended) {
            return;
        }
        if (!queued.offer(event)) {
            end(new LimitExceededException("The subscription fell " + queued.size()
                    + " events behind and was ended: catch up with the claims or articles query and subscribe again"));
            return;
        }
        schedule(0);
    }

    boolean ended() {
        return ended || emitter.isCancelled();
    }

    /**
     * The rows are loaded and the selection resolved on a worker that belongs to no request, and graphql-java may
     * finish an item (its batched nested fields) on other threads after {@code emit} returns. So the feed has a
     * request context of its own, entered for each round and kept until the subscription ends, as an HTTP request
     * keeps its own until the response is written. Without a container (plain unit tests) there is none.
     */
    private ManagedContext enterRequest() {
        ArcContainer container = Arc.container();
        if (container == null) {
            return null;
        }
        ManagedContext requestContext = container.requestContext();
        synchronized (this) {
            if (requestState == null) {
                requestState = requestContext.activate();
                return requestContext;
            }
        }
        requestContext.activate(requestState);
        return requestContext;
    }

    /** Called once the subscription has ended, however it ended: its request context goes with it. */
    synchronized void release() {
        ended = true;
        queued.clear();
        if (requestState != null) {
            Arc.container().requestContext().destroy(requestState);
            requestState = null;
        }
    }

    private void end(Throwable reason) {
        ended = true;
        queued.clear();
        emitter.fail(reason);
    }

    private void schedule(long delayMillis) {
        if (ended() || !draining.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.schedule(this::drainSafely, delayMillis);
        } catch (RejectedExecutionException e) {
            draining.set(false); // shutting down
        }
    }

    /** A scheduled task's failure would be kept in its future, unseen: a feed must not stop silently. */
    private void drainSafely() {
        try {
            drain();
        } catch (Throwable e) {
            draining.set(false);
            LOG.error("A live feed failed; the subscription is ended", e);
            ended = true;
            emitter.fail(e);
        }
    }

    private void drain() {
        boolean clientBehind = false;
        ManagedContext requestContext = enterRequest();
        try {
            while (!ended()) {
                if (emitter.requested() <= 0) {
                    break; // onRequest schedules the next round
                }
                if (!clientCanTakeMore.getAsBoolean()) {
                    clientBehind = true;
                    break;
                }
                if (ready.isEmpty()) {
                    LiveEvent event = queued.poll();
                    if (event == null) {
                        break;
                    }
                    ready.addAll(load.apply(event));
                    continue;
                }
                emitter.emit(ready.poll());
            }
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.is(e)) {
                // not a bug: the client gets UNAVAILABLE, catches up with the list queries and subscribes again
                LOG.warnf(
                        "A live event could not be loaded, the database is unavailable; the subscription is ended: %s",
                        e.getMessage());
                end(UnavailableException.database());
            } else {
                LOG.error("A live event could not be loaded; the subscription is ended", e);
                end(e);
            }
        } finally {
            if (requestContext != null) {
                requestContext.deactivate();
            }
            draining.set(false);
        }
        if (clientBehind) {
            schedule(RETRY_MILLIS);
        } else if (emitter.requested() > 0 && !(queued.isEmpty() && ready.isEmpty())) {
            schedule(0); // an offer or a request came in while this round was finishing
        }
    }
}
