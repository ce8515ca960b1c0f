package io.claimgraph.ingest.reuters;

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

    // The figures as last measured (after the rules written on dev2, dev3 and dev4), as fractions: the floor is the figure
    private static final WireFloors FLOORS = new WireFloors(116.0 / 122, 24.0 / 25, 24.0 / 25,
            20.0 / 20, 20.0 / 20, 61.0 / 67, 59.0 / 66);

    @Test
    void dev2FiguresStayAtOrAboveTheirFloors() {
        FLOORS.check("dev2", "Reuters dev2 set", 18);
    }
}
