package io.claimgraph.ingest.reuters;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The dev half of the Reuters-21578 evaluation through the real API, scored by src/test/resources/reuters/README.md.
 * A regression guard: the floors are the figures measured at the last change of the rules, rounded down and less a
 * point (the API path and the scorer differ from a bare extractor run by a claim or two). With
 * {@code -Dreuters.misses=true} it prints every miss, article by article (the dev half is there to be read).
 */
@QuarkusTest
class ReutersDevTest {

    // statements, places P and R, people P and R, organisations P and R
    private static final WireFloors FLOORS = new WireFloors(453.0 / 495, 0.90, 0.92,
            0.94, 0.89, 0.92, 0.75);

    @Test
    void devFiguresStayAtOrAboveTheirFloors() {
        FLOORS.check("dev", "Reuters dev half", 1);
    }
}
