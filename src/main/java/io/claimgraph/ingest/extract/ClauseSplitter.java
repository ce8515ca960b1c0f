package io.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into the clauses that carry separate claims. News sentences often chain two claims from two
 * sources: "X sustained losses ..., with prior estimates suggesting ...", "... acknowledged the return ..., and while
 * early intelligence suggested ...—experts caution ...". A sentence is cut at a comma, semicolon or dash only
 * where a new attributed clause starts ("[and|but|while|with] SOURCE VERB ..."). A fronted subordinate clause
 * without a source of its own ("While the precise number remains unclear, sources estimate ...") stays with its
 * main clause. Connectives and the cutting punctuation are left out of the clause text.
 */
public final class ClauseSplitter {

    private static final Set<String> CONNECTIVES = Set.of(
            "and", "but", "while", "with", "as", "although", "though", "whereas", "yet", "\"");
    private static final Set<String> SUBORDINATORS = Set.of(
            "while", "although", "though", "as", "because", "if", "when", "whereas", "since", "after", "before",
            "despite");

    private final AttributionFinder attributions;

    public ClauseSplitter(AttributionFinder attributions) {
        this.attributions = attributions;
    }

    public List<Clause> split(TaggedSentence s) {
        List<Clause> clauses = new ArrayList<>(2);
        int n = s.size();
        int segmentStart = 0;
        for (int b = 1; b < n - 1; b++) {
            if (!isBoundary(s, b)) {
                continue;
            }
            if (s.token(b).equals(",") && s.token(b + 1).equals("\"")) {
                continue; // '"...," Okafor told analysts': the speaker tags the quote, no new claim starts
            }
            int right = skipConnectives(s, b + 1, n);
            if (right >= n || attributions.startingAt(s, right, n) == null) {
                continue;
            }
            if (contentWords(s, segmentStart, b) < 4) {
                continue;
            }
            boolean subordinate = SUBORDINATORS.contains(s.lower(segmentStart));
            if (subordinate && attributions.find(s, segmentStart, b).isEmpty()) {
                continue;
            }
            clauses.add(new Clause(s, segmentStart, trimEnd(s, segmentStart, b)));
            segmentStart = right;
        }
        clauses.add(new Clause(s, segmentStart, trimEnd(s, segmentStart, n)));
        return clauses;
    }

    private static boolean isBoundary(TaggedSentence s, int i) {
        String t = s.token(i);
        return t.equals(",") || t.equals(";") || s.isDash(i);
    }

    private static int skipConnectives(TaggedSentence s, int i, int n) {
        int skipped = 0;
        while (i < n && skipped < 3 && CONNECTIVES.contains(s.lower(i))) {
            i++;
            skipped++;
        }
        return i;
    }

    private static int trimEnd(TaggedSentence s, int from, int to) {
        while (to > from + 1 && (s.token(to - 1).equals(",") || s.token(to - 1).equals(";") || s.isDash(to - 1))) {
            to--;
        }
        return to;
    }

    private static int contentWords(TaggedSentence s, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!s.isPunct(i)) {
                count++;
            }
        }
        return count;
    }
}
