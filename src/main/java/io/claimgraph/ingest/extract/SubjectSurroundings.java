package io.claimgraph.ingest.extract;

import java.util.Set;

/**
 * Part of {@link SubjectVerbSearch}: what may stand between a subject and its reporting verb ("AMR today said",
 * "aides who asked not to be identified said") or open the sentence before the subject ("On Friday TWA said", "In a
 * report the institute said").
 */
final class SubjectSurroundings {

    private SubjectSurroundings() {
    }

    static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tonight", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> PERIOD_WORDS = Set.of("week", "month", "year", "night", "weekend", "quarter");
    private static final Set<String> PERIOD_DETERMINERS = Set.of("last", "this", "next", "earlier", "later");

    /**
     * The last token before a time phrase that ends at {@code p} ("today", "on Tuesday", "last month", "earlier this
     * week"), or {@code p} itself when there is none.
     */
    static int timeBefore(TaggedSentence s, int from, int p) {
        String w = s.lower(p);
        if (DAY_WORDS.contains(w)) {
            return p - 1 >= from && (s.lower(p - 1).equals("on") || s.lower(p - 1).equals("last")) ? p - 2 : p - 1;
        }
        if (PERIOD_WORDS.contains(w) && p - 1 >= from && PERIOD_DETERMINERS.contains(s.lower(p - 1))) {
            int q = p - 2;
            return q >= from && (s.lower(q).equals("earlier") || s.lower(q).equals("later")) ? q - 1 : q;
        }
        return p;
    }

    private static final Set<String> OPENING_PREPOSITIONS = Set.of("in", "at", "after", "during", "with", "on",
            "following", "over", "despite");

    /**
     * "In a report the Kiel institute said", "At a news conference the minister said": a short prepositional phrase
     * that opens the sentence, with no verb in it, comes before the subject.
     */
    static boolean afterOpeningPhrase(TaggedSentence s, int from, int start) {
        if (start - from < 2 || start - from > 6 || !OPENING_PREPOSITIONS.contains(s.lower(from))) {
            return false;
        }
        for (int i = from + 1; i < start; i++) {
            String tag = s.tag(i);
            if (s.isPunct(i) || tag.equals("VERB") || tag.equals("AUX") || tag.equals("PRON")) {
                return false;
            }
        }
        return true;
    }

    /** The first word of a name that ends the phrase {@code [start, end)} right after a common noun, or -1. */
    static int nameAfterCommonNoun(TaggedSentence s, int start, int end) {
        int k = end;
        while (k - 1 > start && s.isCapitalised(k - 1) && !s.isPunct(k - 1)) {
            k--;
        }
        return k < end && k > start && "NOUN".equals(s.tag(k - 1)) && !s.isCapitalised(k - 1) ? k : -1;
    }

    /** "On Friday TWA said", "Last month the company said": the subject opens the clause after a time phrase. */
    static boolean afterTimePhrase(TaggedSentence s, int from, int start) {
        int t = timeBefore(s, from, start - 1);
        return t < start - 1 && (t < from || SourcePhrase.opensSubject(s, t));
    }

    /**
     * The noun before a relative clause "who ..." that runs, with no punctuation, up to {@code p} (the word before the
     * verb): "aides who asked not to be identified said"; -1 when there is none.
     */
    static int relativeClauseBefore(TaggedSentence s, int from, int p) {
        for (int w = p; w > from && w > p - 10; w--) {
            if (s.isPunct(w) || s.token(w).equals("\"")) {
                return -1;
            }
            if (s.lower(w).equals("who")) {
                String noun = s.tag(w - 1);
                return w < p && (noun.equals("NOUN") || noun.equals("PROPN")) ? w - 1 : -1;
            }
        }
        return -1;
    }

    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whose", "where", "when");

    /**
     * "..., Drexel Burnham Lambert Inc, Merrill Lynch and Prudential-Bache are the underwriters, said Pennsylvania
     * Power": a name and its own verb between the commas make a clause, not an appositive, unless a relative word
     * opens it first.
     */
    static boolean clauseInside(TaggedSentence s, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (RELATIVES.contains(s.lower(i - 1))) {
                return false;
            }
            if (SubjectVerbSearch.PASSIVE_AUX.contains(s.lower(i)) && !s.lower(i).startsWith("be")
                    && ("NOUN".equals(s.tag(i - 1)) || "PROPN".equals(s.tag(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "Sen. John Melcher, D-Mont., chairman of the panel, said": a legislator's party and state, no subject. */
    static boolean partyAndState(TaggedSentence s, int i) {
        String t = s.token(i);
        return i > 0 && s.token(i - 1).equals(",") && t.length() <= 10
                && (t.startsWith("D-") || t.startsWith("R-") || t.startsWith("I-"));
    }
}
