package io.claimgraph.relation;

import io.claimgraph.model.Certainty;
import io.claimgraph.time.TimeInterval;
import io.claimgraph.time.TimePrecision;

/**
 * Decides whether two claims of different articles corroborate or contradict each other. Both must be about a
 * common actor (a subject in common) and their places must be compatible (one has none, or a place of one is, or
 * lies in, a place of the other). Then:
 * <ol>
 * <li><b>Figures.</b> Quantities with the same measure and unit ("killed" soldiers; "sent" and "deployed" troops
 * count as the same) are compared when the claims' times are compatible: their time intervals overlap, where a claim
 * without one counts as dated from {@code windowDays} before its article's publication day to that day. Each figure
 * allows the values its bound and hedge allow ({@link ClaimFacts.Figure}). Figures that allow no common value
 * contradict ("about 1,000" and "about 300"); otherwise they corroborate.</li>
 * <li><b>Dates.</b> Two dated claims that state the same event (mostly the same content words, leaving out the time
 * expression and the attribution) corroborate when their intervals overlap and contradict when they do not ("late
 * 2022" and "October 2024"). The edges of fuzzy intervals ("early February", "late 2022") are given a few days.</li>
 * <li><b>Denials.</b> When exactly one of the two is DENIED, agreement becomes contradiction; a denial that disagrees
 * with the other figure or date says nothing about it.</li>
 * </ol>
 * Speculative claims ("could", "may") assert nothing and take part in neither rule.
 */
public final class RelationRules {

    /** Share of content words two claims must have in common (Jaccard) to state the same event. */
    static final double SAME_EVENT = 0.5;
    /** And at least this many words in common. */
    static final int SAME_EVENT_WORDS = 3;

    private final int windowDays;

    public RelationRules(int windowDays) {
        this.windowDays = windowDays;
    }

    /** The relation of {@code a} to {@code b}, or null when the rules find none. */
    public Verdict judge(ClaimFacts a, ClaimFacts b) {
        if (a.id() == b.id() || a.articleId() == b.articleId() || !a.comparable() || !b.comparable()) {
            return null;
        }
        if (!shareAny(a, b) || !placesCompatible(a, b)) {
            return null;
        }
        boolean oneDenies = (a.certainty() == Certainty.DENIED) != (b.certainty() == Certainty.DENIED);
        Verdict figures = figures(a, b, oneDenies);
        if (figures != null) {
            return figures;
        }
        return dates(a, b, oneDenies);
    }

    private Verdict figures(ClaimFacts a, ClaimFacts b, boolean oneDenies) {
        if (a.figures().isEmpty() || b.figures().isEmpty() || !reference(a).overlapsLoosely(reference(b))) {
            return null;
        }
        ClaimFacts.Figure[] agreeing = null;
        for (ClaimFacts.Figure x : a.figures()) {
            for (ClaimFacts.Figure y : b.figures()) {
                if (!x.sameThingAs(y)) {
                    continue;
                }
                if (!x.agreesWith(y)) {
                    if (oneDenies) {
                        continue; // denying 300 says nothing about 1,000
                    }
                    String what = x.measure() + " " + x.unit();
                    return new Verdict(RelationKind.CONTRADICTS,
                            () -> "Figures for " + what + " differ: \"" + x.text() + "\" vs \"" + y.text() + "\"",
                            () -> "Figures for " + what + " differ: \"" + y.text() + "\" vs \"" + x.text() + "\"");
                }
                if (agreeing == null) {
                    agreeing = new ClaimFacts.Figure[]{x, y};
                }
            }
        }
        if (agreeing == null) {
            return null;
        }
        ClaimFacts.Figure x = agreeing[0];
        ClaimFacts.Figure y = agreeing[1];
        String what = x.measure() + " " + x.unit();
        if (oneDenies) {
            String denied = a.certainty() == Certainty.DENIED ? "this claim denies" : "the other claim denies";
            String deniedReverse = b.certainty() == Certainty.DENIED ? "this claim denies" : "the other claim denies";
            return new Verdict(RelationKind.CONTRADICTS,
                    () -> "Same figure for " + what + ", but " + denied + " it: \"" + x.text() + "\" vs \"" + y.text()
                            + "\"",
                    () -> "Same figure for " + what + ", but " + deniedReverse + " it: \"" + y.text() + "\" vs \""
                            + x.text() + "\"");
        }
        return new Verdict(RelationKind.CORROBORATES,
                () -> "Figures for " + what + " agree: \"" + x.text() + "\" and \"" + y.text() + "\"",
                () -> "Figures for " + what + " agree: \"" + y.text() + "\" and \"" + x.text() + "\"");
    }

    private static Verdict dates(ClaimFacts a, ClaimFacts b, boolean oneDenies) {
        if (a.time() == null || b.time() == null) {
            return null;
        }
        int shared = Wording.shared(a.stems(), b.stems());
        if (shared < SAME_EVENT_WORDS || Wording.similarity(a.stems(), b.stems()) < SAME_EVENT) {
            return null;
        }
        boolean overlap = a.time().overlapsLoosely(b.time());
        if (overlap && oneDenies) {
            return new Verdict(RelationKind.CONTRADICTS,
                    () -> "Same event and dates, but one of the two claims denies it",
                    () -> "Same event and dates, but one of the two claims denies it");
        }
        if (oneDenies) {
            return null;
        }
        if (overlap) {
            return new Verdict(RelationKind.CORROBORATES,
                    () -> "Same event, dates agree: " + describe(a) + " and " + describe(b),
                    () -> "Same event, dates agree: " + describe(b) + " and " + describe(a));
        }
        return new Verdict(RelationKind.CONTRADICTS,
                () -> "Same event, different dates: " + describe(a) + " vs " + describe(b),
                () -> "Same event, different dates: " + describe(b) + " vs " + describe(a));
    }

    /** The claim's own interval, or the days before its article's publication when it has none. */
    TimeInterval reference(ClaimFacts claim) {
        if (claim.time() != null) {
            return claim.time();
        }
        return new TimeInterval(claim.reportedOn().minusDays(windowDays), claim.reportedOn(), TimePrecision.DAY);
    }

    private static boolean shareAny(ClaimFacts a, ClaimFacts b) {
        for (Long subject : a.subjects()) {
            if (b.subjects().contains(subject)) {
                return true;
            }
        }
        return false;
    }

    private static boolean placesCompatible(ClaimFacts a, ClaimFacts b) {
        if (a.places().isEmpty() || b.places().isEmpty()) {
            return true;
        }
        for (Long place : a.places()) {
            if (b.scopes().contains(place)) {
                return true;
            }
        }
        for (Long place : b.places()) {
            if (a.scopes().contains(place)) {
                return true;
            }
        }
        return false;
    }

    /** "late 2022" (2022-09-01..2022-12-31). */
    private static String describe(ClaimFacts claim) {
        String interval = claim.time().toString();
        return claim.timeText() == null ? interval : "\"" + claim.timeText() + "\" (" + interval + ")";
    }
}
