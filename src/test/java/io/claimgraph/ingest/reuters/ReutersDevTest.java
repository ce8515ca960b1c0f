package io.claimgraph.ingest.reuters;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static final double STATEMENTS = 0.88;
    private static final double PLACES_P = 0.90;
    private static final double PLACES_R = 0.92;
    private static final double PEOPLE_P = 0.94;
    private static final double PEOPLE_R = 0.89;
    private static final double ORGS_P = 0.92;
    private static final double ORGS_R = 0.75;

    @Test
    void devFiguresStayAtOrAboveTheirFloors() {
        WireScore score = WireEvaluation.run("dev");
        System.out.println("Reuters dev half\n" + score.summary());
        if (Boolean.getBoolean("reuters.misses")) {
            System.out.println(score.misses());
        }
        String figures = score.summary();
        assertTrue(score.articles >= 1, "no annotated dev article");
        assertTrue(score.statementsRight() >= STATEMENTS, figures);
        assertTrue(score.places.precision() >= PLACES_P && score.places.recall() >= PLACES_R, figures);
        assertTrue(score.people.precision() >= PEOPLE_P && score.people.recall() >= PEOPLE_R, figures);
        assertTrue(score.organisations.precision() >= ORGS_P && score.organisations.recall() >= ORGS_R, figures);
    }
}
