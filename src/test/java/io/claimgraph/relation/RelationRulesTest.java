package io.claimgraph.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.model.Certainty;
import io.claimgraph.model.QuantityBound;
import io.claimgraph.time.TimeInterval;
import io.claimgraph.time.TimeResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules alone, on hand-made facts: which pairs corroborate, which contradict, which say nothing. */
class RelationRulesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 2, 20);
    private static final long NORTH_KOREA = 1;
    private static final long RUSSIA = 2;
    private static final long KURSK = 10;
    private static final long RUSSIA_PLACE = 11;
    private static final long CALIFORNIA = 12;

    private final RelationRules rules = new RelationRules(14);
    private long ids = 100;

    private ClaimFacts figure(long article, double value, QuantityBound bound, String measure, String unit) {
        return facts(article, Certainty.ASSERTED, DAY, null, null, Set.of(NORTH_KOREA), Set.of(KURSK),
                Set.of(KURSK, RUSSIA_PLACE),
                List.of(ClaimFacts.Figure.of(measure, unit, value, null, bound, value + " " + unit, false)), Set.of());
    }

    private ClaimFacts facts(long article, Certainty certainty, LocalDate day, TimeInterval time, String timeText,
            Set<Long> subjects,
            Set<Long> places, Set<Long> scopes, List<ClaimFacts.Figure> figures, Set<String> stems) {
        return new ClaimFacts(ids++, article, certainty, day, time, timeText, subjects, places, scopes, figures, stems);
    }

    private ClaimFacts dated(long article, String text, String timeText) {
        TimeInterval time = TimeResolver.resolve(timeText, DAY).orElseThrow();
        return facts(article, Certainty.ASSERTED, DAY, time, timeText, Set.of(NORTH_KOREA), Set.of(RUSSIA_PLACE),
                Set.of(RUSSIA_PLACE),
                List.of(), Wording.stems(text, timeText));
    }

    @Test
    void figuresBeyondTheirHedgesContradict() {
        Verdict verdict = rules.judge(figure(1, 1000, QuantityBound.APPROXIMATE, "killed", "soldier"),
                figure(2, 300, QuantityBound.APPROXIMATE, "killed", "troop"));
        assertEquals(RelationKind.CONTRADICTS, verdict.kind());
        assertTrue(
                verdict.reason().startsWith("Figures for killed troop differ: \"1000.0 soldier\" vs \"300.0 troop\""),
                verdict.reason());
        assertTrue(verdict.reverseReason().contains("\"300.0 troop\" vs \"1000.0 soldier\""), verdict.reverseReason());
    }

    @Test
    void figuresWithinTheirHedgesAndBoundsCorroborate() {
        assertEquals(RelationKind.CORROBORATES,
                rules.judge(figure(1, 1000, QuantityBound.APPROXIMATE, "deployed", "troop"),
                        figure(2, 1200, QuantityBound.APPROXIMATE, "sent", "soldier")).kind());
        assertEquals(RelationKind.CORROBORATES,
                rules.judge(figure(1, 1000, QuantityBound.APPROXIMATE, "killed", "troop"),
                        figure(2, 1000, QuantityBound.AT_LEAST, "killed", "troop")).kind());
        assertEquals(RelationKind.CONTRADICTS, rules.judge(figure(1, 1000, QuantityBound.EXACT, "killed", "troop"),
                figure(2, 1200, QuantityBound.EXACT, "killed", "troop")).kind());
        assertEquals(RelationKind.CONTRADICTS, rules.judge(figure(1, 1000, QuantityBound.AT_MOST, "killed", "troop"),
                figure(2, 1500, QuantityBound.AT_LEAST, "killed", "troop")).kind());
    }

    @Test
    void differentMeasuresUnitsSubjectsOrArticlesSayNothing() {
        assertNull(rules.judge(figure(1, 1000, QuantityBound.EXACT, "killed", "troop"),
                figure(2, 300, QuantityBound.EXACT, "wounded", "troop")));
        assertNull(rules.judge(figure(1, 1000, QuantityBound.EXACT, "killed", "troop"),
                figure(2, 300, QuantityBound.EXACT, "killed", "civilian")));
        assertNull(rules.judge(figure(1, 1000, QuantityBound.EXACT, "killed", "troop"),
                figure(1, 300, QuantityBound.EXACT, "killed", "troop")));
        ClaimFacts russia = facts(2, Certainty.ASSERTED, DAY, null, null, Set.of(RUSSIA), Set.of(), Set.of(),
                List.of(ClaimFacts.Figure.of("killed", "troop", 300, null, QuantityBound.EXACT, "300", false)),
                Set.of());
        assertNull(rules.judge(figure(1, 1000, QuantityBound.EXACT, "killed", "troop"), russia));
    }

    @Test
    void placesAndTimesMustBeCompatible() {
        ClaimFacts kursk = figure(1, 1000, QuantityBound.EXACT, "killed", "troop");
        ClaimFacts inRussia = facts(2, Certainty.ASSERTED, DAY, null, null, Set.of(NORTH_KOREA), Set.of(RUSSIA_PLACE),
                Set.of(RUSSIA_PLACE),
                List.of(ClaimFacts.Figure.of("killed", "troop", 300, null, QuantityBound.EXACT, "300", false)),
                Set.of());
        assertEquals(RelationKind.CONTRADICTS, rules.judge(kursk, inRussia).kind(), "Kursk lies in Russia");
        ClaimFacts elsewhere = facts(2, Certainty.ASSERTED, DAY, null, null, Set.of(NORTH_KOREA), Set.of(CALIFORNIA),
                Set.of(CALIFORNIA),
                List.of(ClaimFacts.Figure.of("killed", "troop", 300, null, QuantityBound.EXACT, "300", false)),
                Set.of());
        assertNull(rules.judge(kursk, elsewhere));
        ClaimFacts monthsLater = facts(2, Certainty.ASSERTED, DAY.plusDays(60), null, null, Set.of(NORTH_KOREA),
                Set.of(KURSK), Set.of(KURSK),
                List.of(ClaimFacts.Figure.of("killed", "troop", 300, null, QuantityBound.EXACT, "300", false)),
                Set.of());
        assertNull(rules.judge(kursk, monthsLater), "figures published two months apart may both be right");
    }

    @Test
    void denialsTurnAgreementIntoContradictionAndSpeculationSaysNothing() {
        ClaimFacts asserted = figure(1, 1000, QuantityBound.APPROXIMATE, "deployed", "troop");
        ClaimFacts denied = facts(2, Certainty.DENIED, DAY, null, null, Set.of(NORTH_KOREA), Set.of(KURSK),
                Set.of(KURSK),
                List.of(ClaimFacts.Figure.of("deployed", "troop", 1000, null, QuantityBound.APPROXIMATE, "1,000 troops",
                        false)),
                Set.of());
        assertEquals(RelationKind.CONTRADICTS, rules.judge(asserted, denied).kind());
        ClaimFacts deniedOther = facts(2, Certainty.DENIED, DAY, null, null, Set.of(NORTH_KOREA), Set.of(KURSK),
                Set.of(KURSK),
                List.of(ClaimFacts.Figure.of("deployed", "troop", 50, null, QuantityBound.EXACT, "50 troops", false)),
                Set.of());
        assertNull(rules.judge(asserted, deniedOther), "denying 50 says nothing about 1,000");
        ClaimFacts speculative = facts(2, Certainty.SPECULATIVE, DAY, null, null, Set.of(NORTH_KOREA), Set.of(KURSK),
                Set.of(KURSK),
                List.of(ClaimFacts.Figure.of("deployed", "troop", 5000, null, QuantityBound.EXACT, "5,000", false)),
                Set.of());
        assertNull(rules.judge(asserted, speculative));
    }

    @Test
    void theSameEventWithAnotherDateContradicts() {
        ClaimFacts first = dated(1,
                "North Korean troops were first deployed to Russia in late 2022, the Asan Institute said", "late 2022");
        ClaimFacts corrected = dated(2,
                "North Korean troops were first deployed to Russia in October 2024, the Asan Institute said",
                "in October 2024");
        Verdict verdict = rules.judge(first, corrected);
        assertEquals(RelationKind.CONTRADICTS, verdict.kind());
        assertEquals(
                "Same event, different dates: \"late 2022\" (2022-09-01..2022-12-31) vs \"in October 2024\" (2024-10-01..2024-10-31)",
                verdict.reason());
        ClaimFacts agreeing = dated(3, "North Korean troops were first deployed to Russia in November 2022",
                "November 2022");
        assertEquals(RelationKind.CORROBORATES, rules.judge(first, agreeing).kind());
        ClaimFacts otherEvent = dated(4, "North Korean officials visited Moscow for talks on trade in October 2024",
                "in October 2024");
        assertNull(rules.judge(first, otherEvent), "a different event on another date is no contradiction");
    }
}
