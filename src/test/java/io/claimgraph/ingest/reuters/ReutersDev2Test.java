package io.claimgraph.ingest.reuters;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The second dev set of the Reuters-21578 evaluation (dev2: the next articles in select_articles.py's hash order
 * after the 140 of dev and held-out), scored like {@link ReutersDevTest}. Its floors are the figures it measured,
 * exactly: it guards the rules written since against falling back on articles nobody wrote them on. With
 * {@code -Dreuters.misses=true} it prints its misses (dev2 may be read to write rules).
 */
@QuarkusTest
class ReutersDev2Test {

    // The figures as last measured (statements after the rules written on dev2), as fractions: the floor is the figure
    private static final double STATEMENTS = 112.0 / 122;
    private static final double PLACES_P = 24.0 / 25;
    private static final double PLACES_R = 24.0 / 25;
    private static final double PEOPLE_P = 20.0 / 20;
    private static final double PEOPLE_R = 20.0 / 20;
    private static final double ORGS_P = 64.0 / 72;
    private static final double ORGS_R = 58.0 / 66;

    @Test
    void dev2FiguresStayAtOrAboveTheirFloors() {
        WireScore score = WireEvaluation.run("dev2");
        System.out.println("Reuters dev2 set\n" + score.summary());
        if (Boolean.getBoolean("reuters.misses")) {
            System.out.println(score.misses());
        }
        String figures = score.summary();
        assertTrue(score.articles >= 18, "dev2 articles missing: " + figures);
        assertTrue(score.statementsRight() >= STATEMENTS, figures);
        assertTrue(score.places.precision() >= PLACES_P && score.places.recall() >= PLACES_R, figures);
        assertTrue(score.people.precision() >= PEOPLE_P && score.people.recall() >= PEOPLE_R, figures);
        assertTrue(score.organisations.precision() >= ORGS_P && score.organisations.recall() >= ORGS_R, figures);
    }
}
