package io.claimgraph.ingest.extract;

import io.claimgraph.model.Certainty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 4: certainty and hedges. Every cue in the clause is collected as a hedge; the strongest decides:
 * <ol>
 * <li>DENIED: denied, denies, rejected ...</li>
 * <li>SPECULATIVE (firm): could, may, might, possibly, likely, caution, expected to, set to, in the coming ...</li>
 * <li>ESTIMATED: estimated, estimate(s), approximately, roughly, and a number after about/around/nearly/at least/up to</li>
 * <li>SPECULATIVE (soft): suggests, suggested, believed, appears, seems</li>
 * <li>REPORTED: reportedly, allegedly, according to, indicated, reports indicate, assertions, reported</li>
 * <li>otherwise ASSERTED; with an unnamed source and no cue, REPORTED (passed on from nobody in particular).</li>
 * </ol>
 * So "estimates suggest losses could be higher" is SPECULATIVE (could), "estimates suggesting about 1,000" is
 * ESTIMATED, "intelligence suggested weaknesses" is SPECULATIVE.
 */
public final class CertaintyAssessor {

    private enum Strength {
        DENIED, SPECULATIVE_FIRM, ESTIMATED, SPECULATIVE_SOFT, REPORTED
    }

    private static final Map<String, Strength> WORDS = Map.ofEntries(
            Map.entry("denied", Strength.DENIED), Map.entry("denies", Strength.DENIED),
            Map.entry("deny", Strength.DENIED),
            Map.entry("denying", Strength.DENIED), Map.entry("rejected", Strength.DENIED),
            Map.entry("rejects", Strength.DENIED), Map.entry("refuted", Strength.DENIED),
            Map.entry("could", Strength.SPECULATIVE_FIRM), Map.entry("may", Strength.SPECULATIVE_FIRM),
            Map.entry("might", Strength.SPECULATIVE_FIRM), Map.entry("possibly", Strength.SPECULATIVE_FIRM),
            Map.entry("perhaps", Strength.SPECULATIVE_FIRM), Map.entry("potentially", Strength.SPECULATIVE_FIRM),
            Map.entry("likely", Strength.SPECULATIVE_FIRM), Map.entry("unlikely", Strength.SPECULATIVE_FIRM),
            Map.entry("caution", Strength.SPECULATIVE_FIRM), Map.entry("cautions", Strength.SPECULATIVE_FIRM),
            Map.entry("cautioned", Strength.SPECULATIVE_FIRM), Map.entry("would", Strength.SPECULATIVE_FIRM),
            Map.entry("forecast", Strength.SPECULATIVE_FIRM), Map.entry("forecasts", Strength.SPECULATIVE_FIRM),
            Map.entry("predicted", Strength.SPECULATIVE_FIRM), Map.entry("predicts", Strength.SPECULATIVE_FIRM),
            Map.entry("projected", Strength.SPECULATIVE_FIRM),
            Map.entry("estimated", Strength.ESTIMATED), Map.entry("estimate", Strength.ESTIMATED),
            Map.entry("estimates", Strength.ESTIMATED), Map.entry("estimating", Strength.ESTIMATED),
            Map.entry("approximately", Strength.ESTIMATED), Map.entry("roughly", Strength.ESTIMATED),
            Map.entry("suggests", Strength.SPECULATIVE_SOFT), Map.entry("suggested", Strength.SPECULATIVE_SOFT),
            Map.entry("suggest", Strength.SPECULATIVE_SOFT), Map.entry("suggesting", Strength.SPECULATIVE_SOFT),
            Map.entry("believed", Strength.SPECULATIVE_SOFT), Map.entry("believes", Strength.SPECULATIVE_SOFT),
            Map.entry("appears", Strength.SPECULATIVE_SOFT), Map.entry("seems", Strength.SPECULATIVE_SOFT),
            Map.entry("reportedly", Strength.REPORTED), Map.entry("allegedly", Strength.REPORTED),
            Map.entry("purportedly", Strength.REPORTED), Map.entry("indicated", Strength.REPORTED),
            Map.entry("indicates", Strength.REPORTED), Map.entry("assertions", Strength.REPORTED),
            Map.entry("allegations", Strength.REPORTED), Map.entry("reported", Strength.REPORTED),
            Map.entry("claimed", Strength.REPORTED), Map.entry("alleged", Strength.REPORTED));

    /** Words that hedge a number right after them ("about 1,000"). */
    private static final Set<String> NUMBER_HEDGES = Set.of("about", "around", "nearly", "almost", "some");
    private static final Set<String> NAMED_NEUTRAL_VERBS = Set.of(
            "said", "says", "acknowledged", "acknowledges", "confirmed", "confirms", "stated", "told", "announced",
            "added", "noted", "insisted", "admitted", "conceded", "wrote", "explained");

    public CertaintyVerdict assess(TaggedSentence s, int from, int to, Attribution attribution, boolean namedSource) {
        List<String> hedges = new ArrayList<>(3);
        Strength strongest = null;
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            Strength found = null;
            String cue = w;
            if (w.equals("according") && s.lower(i + 1).equals("to")) {
                found = Strength.REPORTED;
                cue = "according to";
            } else if (w.equals("at") && (s.lower(i + 1).equals("least") || s.lower(i + 1).equals("most"))) {
                found = Strength.ESTIMATED;
                cue = "at " + s.lower(i + 1);
            } else if (w.equals("up") && s.lower(i + 1).equals("to") && "NUM".equals(s.tag(i + 2))) {
                found = Strength.ESTIMATED;
                cue = "up to";
            } else if (NUMBER_HEDGES.contains(w) && "NUM".equals(s.tag(i + 1))) {
                found = Strength.ESTIMATED;
            } else if ((w.equals("set") || w.equals("expected")) && s.lower(i + 1).equals("to")
                    && "VERB".equals(s.tag(i + 2))) {
                found = Strength.SPECULATIVE_FIRM;
                cue = w + " to";
            } else if (w.equals("coming") && s.lower(i - 1).equals("the")) {
                found = Strength.SPECULATIVE_FIRM;
                cue = "the coming " + s.lower(i + 1);
            } else if ((w.equals("indicate") || w.equals("indicates") || w.equals("suggest"))
                    && (s.lower(i - 1).equals("reports") || s.lower(i - 1).equals("report"))) {
                found = Strength.REPORTED;
                cue = s.lower(i - 1) + " " + w;
            } else if (w.equals("may") && s.isCapitalised(i) && i > 0) {
                found = null; // the month
            } else {
                found = WORDS.get(w);
            }
            if (found == null) {
                continue;
            }
            if (!hedges.contains(cue)) {
                hedges.add(cue);
            }
            if (strongest == null || found.ordinal() < strongest.ordinal()) {
                strongest = found;
            }
        }
        Certainty certainty;
        if (strongest == null) {
            certainty = attribution != null && !namedSource ? Certainty.REPORTED : Certainty.ASSERTED;
            if (attribution != null && namedSource && NAMED_NEUTRAL_VERBS.contains(attribution.cue())) {
                hedges.add(attribution.cue());
            }
        } else {
            certainty = switch (strongest) {
                case DENIED -> Certainty.DENIED;
                case SPECULATIVE_FIRM, SPECULATIVE_SOFT -> Certainty.SPECULATIVE;
                case ESTIMATED -> Certainty.ESTIMATED;
                case REPORTED -> Certainty.REPORTED;
            };
        }
        return new CertaintyVerdict(certainty, List.copyOf(hedges));
    }
}
