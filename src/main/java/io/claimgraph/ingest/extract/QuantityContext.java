package io.claimgraph.ingest.extract;

import java.util.Set;

/**
 * The words around a number that decide what it counts: whether it is a year rather than an amount, the noun it
 * counts (its unit) and the verb that says what happened to it (its measure), and where a match in the text falls in
 * the sentence's tokens.
 */
final class QuantityContext {

    private static final Set<String> YEAR_CONTEXT = Set.of(
            "in", "since", "by", "until", "of", "from", "late", "early", "mid", "during", "before", "after", "through",
            "'s", "to", "between", "and", "fiscal", "year", "season", "summer", "winter", "spring", "autumn", "fall");
    private static final Set<String> AUXILIARIES = Set.of(
            "were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "reportedly", "also", "already");

    private QuantityContext() {
    }

    static boolean isYearNumber(double value) {
        return value >= 1800 && value <= 2100 && value == Math.rint(value);
    }

    static boolean isYear(TaggedSentence s, double value, int first) {
        if (value < 1800 || value > 2100 || value != Math.rint(value)) {
            return false;
        }
        String before = s.lower(first - 1);
        if (YEAR_CONTEXT.contains(before) || Lexicon.MONTHS_AND_DAYS.contains(before) || before.equals(",")) {
            return true;
        }
        return !"NOUN".equals(s.tag(first + 1));
    }

    static int unitAfter(TaggedSentence s, int i) {
        for (int k = i; k < Math.min(s.size(), i + 4); k++) {
            String tag = s.tag(k);
            if (tag.equals("NOUN") && !s.isCapitalised(k)) {
                // "measles cases", "league matches": the compound's last noun is what is counted
                while (k + 1 < s.size() && "NOUN".equals(s.tag(k + 1)) && !s.isCapitalised(k + 1)) {
                    k++;
                }
                return k;
            }
            if (!(tag.equals("ADJ") || tag.equals("PROPN") || s.isCapitalised(k) && !s.isPunct(k))) {
                return -1;
            }
        }
        return -1;
    }

    static String measureAfter(TaggedSentence s, int i) {
        int k = i;
        while (k < s.size() && AUXILIARIES.contains(s.lower(k))) {
            k++;
        }
        return measureVerb(s, k);
    }

    static String measureBefore(TaggedSentence s, int i) {
        int k = i;
        while (k >= 0 && (AUXILIARIES.contains(s.lower(k)) || "ADV".equals(s.tag(k)) || s.lower(k).equals("by"))) {
            k--;
        }
        return measureVerb(s, k);
    }

    static String measureVerb(TaggedSentence s, int k) {
        if (k < 0 || k >= s.size() || !"VERB".equals(s.tag(k))) {
            return null;
        }
        String w = s.lower(k);
        if (Lexicon.REPORTING_VERBS.contains(w) || w.endsWith("ing")) {
            return null;
        }
        return w;
    }

    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")
                && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static int tokenStartingAt(TaggedSentence s, int offset) {
        int[] starts = s.starts();
        int[] ends = s.ends();
        for (int i = 0; i < starts.length; i++) {
            if (offset < ends[i]) {
                return i;
            }
        }
        return starts.length;
    }

    static int tokenEndingAt(TaggedSentence s, int offset) {
        int[] ends = s.ends();
        for (int i = ends.length - 1; i >= 0; i--) {
            if (ends[i] <= offset) {
                return i;
            }
        }
        return -1;
    }
}
