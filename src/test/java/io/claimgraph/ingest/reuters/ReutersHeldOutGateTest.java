package io.claimgraph.ingest.reuters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The held-out half of the Reuters-21578 evaluation against the gates: statements with the right asserter, people,
 * organisations and places. It runs in the default suite on H2 and on PostgreSQL and only scores: it prints the
 * aggregate figures and never the misses, which nobody writing rules may read.
 */
@QuarkusTest
class ReutersHeldOutGateTest {

    @Test
    void heldOutHalfPassesTheGates() {
        WireScore score = WireEvaluation.run("heldout");
        String figures = score.summary();
        System.out.println("Reuters held-out half\n" + figures);
        assertTrue(score.articles >= 60, figures);
        assertTrue(score.statementsRight() >= 0.80, figures);
        assertTrue(score.places.precision() >= 0.85 && score.places.recall() >= 0.90, figures);
        assertTrue(score.people.precision() >= 0.80 && score.people.recall() >= 0.75, figures);
        assertTrue(score.organisations.precision() >= 0.80 && score.organisations.recall() >= 0.75, figures);
    }
}
