package io.claimgraph.ingest.reuters;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures a read set of the Reuters evaluation (dev, dev2, dev3, dev4) must keep: statements with the right asserter,
 * and precision and recall of places, people and organisations. {@link #check} scores the set through the API, prints
 * its summary (and, with {@code -Dreuters.misses=true}, every miss: these sets are there to be read) and asserts each
 * figure is at or above its floor.
 */
record WireFloors(double statements, double placesP, double placesR, double peopleP, double peopleR, double orgsP,
        double orgsR) {

    void check(String set, String title, int articles) {
        WireScore score = WireEvaluation.run(set);
        String figures = score.summary();
        System.out.println(title + "\n" + figures);
        if (Boolean.getBoolean("reuters.misses")) {
            System.out.println(score.misses());
        }
        assertTrue(score.articles >= articles, set + " articles missing: " + figures);
        assertTrue(score.statementsRight() >= statements, figures);
        assertTrue(score.places.precision() >= placesP && score.places.recall() >= placesR, figures);
        assertTrue(score.people.precision() >= peopleP && score.people.recall() >= peopleR, figures);
        assertTrue(score.organisations.precision() >= orgsP && score.organisations.recall() >= orgsR, figures);
    }
}
