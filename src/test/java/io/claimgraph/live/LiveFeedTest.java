package io.claimgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.error.LimitExceededException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A feed hands items on only as fast as its subscriber asks and its client reads, and gives up on one that stops. */
class LiveFeedTest {

    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private AssertSubscriber<Long> subscribe(int capacity, AtomicBoolean clientReads,
            AtomicReference<LiveFeed<Long>> feed,
            long initialRequest) {
        Multi<Long> items = Multi.createFrom().<Long>emitter(emitter -> feed.set(new LiveFeed<>(capacity, emitter,
                event -> event.claimIds(), clientReads::get,
                (round, delay) -> worker.schedule(round, delay, TimeUnit.MILLISECONDS))), BackPressureStrategy.ERROR);
        return items.subscribe().withSubscriber(AssertSubscriber.create(initialRequest));
    }

    @Test
    void itemsGoOutOnlyAsFastAsTheSubscriberAsks() {
        AtomicReference<LiveFeed<Long>> feed = new AtomicReference<>();
        AssertSubscriber<Long> subscriber = subscribe(10, new AtomicBoolean(true), feed, 1);
        feed.get().offer(new LiveEvent(1, true, List.of(11L, 12L, 13L)));
        subscriber.awaitItems(1);
        subscriber.request(5);
        subscriber.awaitItems(3);
        assertEquals(List.of(11L, 12L, 13L), subscriber.getItems());
        subscriber.assertNotTerminated();
    }

    @Test
    void aClientThatStopsReadingFallsBehindAndIsCutOffWithoutBlockingThePublisher() {
        AtomicBoolean clientReads = new AtomicBoolean(false);
        AtomicReference<LiveFeed<Long>> feed = new AtomicReference<>();
        AssertSubscriber<Long> subscriber = subscribe(3, clientReads, feed, Long.MAX_VALUE);
        long started = System.nanoTime();
        for (long i = 0; i < 4; i++) {
            feed.get().offer(new LiveEvent(i, true, List.of(i)));
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "offers never wait for the client");
        subscriber.awaitFailure(Duration.ofSeconds(5));
        assertInstanceOf(LimitExceededException.class, subscriber.getFailure());
        assertTrue(subscriber.getFailure().getMessage().contains("subscribe again"),
                subscriber.getFailure().getMessage());
        assertEquals(List.of(), subscriber.getItems(), "nothing went out while the client was not reading");
        feed.get().offer(new LiveEvent(9, true, List.of(9L))); // an ended feed takes no more
        assertTrue(feed.get().ended());
    }

    @Test
    void aClientThatCatchesUpGetsEverythingInOrder() {
        AtomicBoolean clientReads = new AtomicBoolean(false);
        AtomicReference<LiveFeed<Long>> feed = new AtomicReference<>();
        AssertSubscriber<Long> subscriber = subscribe(5, clientReads, feed, Long.MAX_VALUE);
        for (long i = 1; i <= 5; i++) {
            feed.get().offer(new LiveEvent(i, true, List.of(i)));
        }
        clientReads.set(true);
        subscriber.awaitItems(5, Duration.ofSeconds(5));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), subscriber.getItems());
        subscriber.assertNotTerminated();
    }
}
