package io.claimgraph.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The text form replicas exchange events in, and its split into notification-sized parts. */
class LiveEventTest {

    @Test
    void anEventSurvivesItsTextForm() {
        for (LiveEvent event : List.of(new LiveEvent(7, true, List.of(1L, 22L, 333L)),
                new LiveEvent(8, false, List.of(9L)),
                new LiveEvent(9, true, List.of()))) {
            assertEquals(event, LiveEvent.fromWire(event.toWire()));
        }
    }

    @Test
    void anythingElseIsRefused() {
        for (String wire : List.of("", "7", "7;2;1", "x;1;1", "7;1;1,,2", "7;1")) {
            assertThrows(IllegalArgumentException.class, () -> LiveEvent.fromWire(wire), wire);
        }
    }

    @Test
    void aLargeEventIsSplitWithTheArticleAnnouncedOnce() {
        List<Long> claims = LongStream.rangeClosed(1, 1_001).boxed().toList();
        List<LiveEvent> parts = new LiveEvent(5, true, claims).split(400);
        assertEquals(3, parts.size());
        assertEquals(List.of(true, false, false), parts.stream().map(LiveEvent::articleIngested).toList());
        assertEquals(claims, parts.stream().flatMap(p -> p.claimIds().stream()).toList());
        parts.forEach(p -> assertEquals(5, p.articleId()));
        parts.forEach(p -> assertEquals(true, p.toWire().length() < 8_000 - 40, "fits a notification with its origin"));
    }
}
