package io.claimgraph.ingest.reuters;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The third dev set of the Reuters-21578 evaluation (dev3: the 16 articles after dev2 in select_articles.py's hash
 * order), scored like {@link ReutersDevTest}. Annotated before the extractor saw it; its first score (0.74, 75 of 102
 * statements) is in docs/extraction-quality.md. Its floors are the figures after the rules written on its misses,
 * exactly. With {@code -Dreuters.misses=true} it prints its misses (dev3 may be read to write rules).
 */
@QuarkusTest
class ReutersDev3Test {

    // The figures as last measured, as fractions: the floor is the figure. Statements 94 -> 93 with the rule that any
    // common noun before "said" speaks (held-out +5): "The finance deparment said", misspelt in the wire copy, now
    // names its own source where it used to continue the correctly spelt one of the sentence before.
    private static final WireFloors FLOORS = new WireFloors(93.0 / 102, 29.0 / 29, 29.0 / 31,
            11.0 / 12, 11.0 / 11, 36.0 / 38, 31.0 / 38);

    @Test
    void dev3FiguresStayAtOrAboveTheirFloors() {
        FLOORS.check("dev3", "Reuters dev3 set", 16);
    }
}
