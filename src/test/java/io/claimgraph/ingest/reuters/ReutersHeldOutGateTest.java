package io.claimgraph.ingest.reuters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The held-out half of the Reuters-21578 evaluation against the gates. It only scores: it prints the
 * aggregate figures and never the misses, which nobody writing rules may read. It joins the default suite once the
 * statements gate holds (docs/extraction-quality.md says where it stands); until then it runs on request:
 * {@code ./mvnw test -Dtest=ReutersHeldOutGateTest -Dreuters.heldout=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "reuters.heldout", matches = "true")
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
