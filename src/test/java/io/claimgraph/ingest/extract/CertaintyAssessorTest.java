package io.claimgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.model.Certainty;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertaintyAssessorTest {

    private final CertaintyAssessor assessor = new CertaintyAssessor();
    private final AttributionFinder attributions = new AttributionFinder();

    private CertaintyVerdict assess(String sentence, boolean namedSource) {
        TaggedSentence s = Tagging.tag(sentence);
        List<Attribution> found = attributions.find(s, 0, s.size());
        return assessor.assess(s, 0, s.size(), found.isEmpty() ? null : found.get(0), namedSource);
    }

    @Test
    void plainStatementIsAsserted() {
        CertaintyVerdict v = assess("The bank kept its main rate unchanged on Wednesday.", false);
        assertEquals(Certainty.ASSERTED, v.certainty());
        assertTrue(v.hedges().isEmpty());
    }

    @Test
    void reportedly() {
        CertaintyVerdict v = assess("The army has reportedly sent more soldiers to the border.", false);
        assertEquals(Certainty.REPORTED, v.certainty());
        assertEquals(List.of("reportedly"), v.hedges());
    }

    @Test
    void estimateWithABoundIsEstimated() {
        CertaintyVerdict v = assess("Military sources estimate at least 1,000 soldiers have arrived.", false);
        assertEquals(Certainty.ESTIMATED, v.certainty());
        assertEquals(List.of("estimate", "at least"), v.hedges());
    }

    @Test
    void modalBeatsEstimate() {
        CertaintyVerdict v = assess("Independent estimates suggest losses could be higher.", false);
        assertEquals(Certainty.SPECULATIVE, v.certainty());
        assertTrue(v.hedges().contains("could"), v.hedges().toString());
    }

    @Test
    void suggestionAloneIsSpeculative() {
        assertEquals(Certainty.SPECULATIVE, assess("Early data suggested a weaker economy.", false).certainty());
    }

    @Test
    void denial() {
        CertaintyVerdict v = assess("The ministry denied that supplies had run short.", true);
        assertEquals(Certainty.DENIED, v.certainty());
        assertEquals(List.of("denied"), v.hedges());
    }

    @Test
    void namedSpeakerSayingIsAssertedUnnamedIsReported() {
        assertEquals(Certainty.ASSERTED, assess("Maria Keller said the plant will close.", true).certainty());
        assertEquals(Certainty.REPORTED, assess("Officials said the plant closed.", false).certainty());
    }

    @Test
    void theMonthMayIsNoHedge() {
        assertEquals(Certainty.ASSERTED,
                assess("The election was held in May after a long campaign.", false).certainty());
    }

    @Test
    void futureSceneSettingIsSpeculative() {
        assertEquals(Certainty.SPECULATIVE,
                assess("The implications are set to unfold further in the coming weeks.", false).certainty());
    }
}
