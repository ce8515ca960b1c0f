package io.claimgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    private final ClauseSplitter splitter = new ClauseSplitter(new AttributionFinder());

    private List<String> split(String sentence) {
        return splitter.split(Tagging.tag(sentence)).stream().map(Clause::text).toList();
    }

    @Test
    void cutsWhereANewSourceStarts() {
        assertEquals(List.of("There has been no public disclosure of casualties since late 2022",
                "independent estimates suggest losses could be significantly higher."),
                split("There has been no public disclosure of casualties since late 2022, but independent estimates "
                        + "suggest losses could be significantly higher."));
    }

    @Test
    void keepsAFrontedSubordinateClauseWithItsMainClause() {
        String sentence = "While the precise number remains unclear, military sources estimate at least 1,000 soldiers have arrived.";
        assertEquals(List.of(sentence), split(sentence));
    }

    @Test
    void keepsAQuoteWithItsSpeaker() {
        String sentence = "\"Crispin gives us a route into snacks,\" chief executive Diane Okafor told analysts on a call.";
        assertEquals(List.of(sentence), split(sentence));
    }

    @Test
    void doesNotCutBeforeAccordingTo() {
        String sentence = "The North sent more troops to the front, according to South Korean intelligence.";
        assertEquals(List.of(sentence), split(sentence));
    }
}
