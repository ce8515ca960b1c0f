package io.claimgraph.live;

import io.claimgraph.graphql.LimitExceededException;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private final ScheduledExecutorService worker;
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean ended;

    LiveFeed(int capacity, MultiEmitter<? super T> emitter, Function<LiveEvent, List<T>> load,
            BooleanSupplier clientCanTakeMore, ScheduledExecutorService worker) {
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

    private void end(Throwable reason) {
        ended = true;
        queued.clear();
        emitter.fail(reason);
    }

    private void schedule(long delayMillis) {
        if (ended() || !draining.compareAndSet(false, true)) {
            return;
        }
        if (delayMillis == 0) {
            worker.execute(this::drain);
        } else {
            worker.schedule(this::drain, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void drain() {
        boolean clientBehind = false;
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
            LOG.error("A live event could not be loaded; the subscription is ended", e);
            end(e);
        } finally {
            draining.set(false);
        }
        if (clientBehind) {
            schedule(RETRY_MILLIS);
        } else if (emitter.requested() > 0 && !(queued.isEmpty() && ready.isEmpty())) {
            schedule(0); // an offer or a request came in while this round was finishing
        }
    }
}
