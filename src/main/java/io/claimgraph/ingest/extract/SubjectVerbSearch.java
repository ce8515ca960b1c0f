package io.claimgraph.ingest.extract;

import java.util.Set;

/**
 * The "X said" search for {@link AttributionFinder}: walks back from a reporting verb over auxiliaries, adverbs,
 * ticker codes and an appositive to the subject noun phrase, and accepts it only when its head could assert anything.
 * Kept apart because it is the one part of attribution that reads a noun phrase backwards.
 */
final class SubjectVerbSearch {

    static final Set<String> PASSIVE_AUX = Set.of("is", "was", "were", "are", "been", "be", "being");
    private static final Set<String> SKIPPABLE = Set.of(
            "has", "have", "had", "will", "would", "may", "might", "could", "also", "reportedly", "recently",
            "previously", "further", "again", "still", "now", "repeatedly", "publicly", "separately", "later",
            "earlier",
            "'ve", "did", "does", "do");
    private static final Set<String> ALWAYS_VERBS = Set.of("said", "says", "told", "tells", "added", "adds");
    private static final Set<String> CALL_VERBS = Set.of("call", "calls", "called");
    private static final Set<String> CALL_PARTICLES = Set.of("for", "on", "off", "in", "up", "back", "it", "a", "an");
    /**
     * Words an appositive may open with besides a noun phrase: "Lerner, whose Equitable Bancorp is also in Cleveland,
     * said", "Hannu Halttunen, of Helsinki bank KOP, told", "Varity Corp, formerly Massey-Ferguson Ltd, said", "Morgan
     * Guaranty Ltd, through a subsidiary, said".
     */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("who", "which", "whose", "with", "in", "here", "of",
            "formerly", "also", "through", "now", "under");
    private static final Set<String> POSTMODIFIERS = Set.of("familiar with", "close to", "involved in", "briefed on");

    private SubjectVerbSearch() {
    }

    static Attribution subjectVerb(TaggedSentence s, int from, int verb) {
        if (!actsAsVerb(s, verb)) {
            return null;
        }
        if (CALL_VERBS.contains(s.lower(verb)) && CALL_PARTICLES.contains(s.lower(verb + 1))) {
            return null; // "called for talks", "called on creditors": a request, not a statement
        }
        int p = verb - 1;
        while (p >= from) {
            boolean skippable = SKIPPABLE.contains(s.lower(p))
                    || "ADV".equals(s.tag(p)) && !s.lower(p).equals("not") && !s.isCapitalised(p);
            // "AMR today announced", "Philips last month announced"; "aides who asked not to be identified said"
            int before = skippable ? p - 1 : SubjectSurroundings.timeBefore(s, from, p);
            if (before == p) {
                int relative = SubjectSurroundings.relativeClauseBefore(s, from, p);
                if (relative < 0) {
                    break;
                }
                before = relative;
            }
            p = before;
        }
        if (p >= from && PASSIVE_AUX.contains(s.lower(p))) {
            return null;
        }
        if (p > from && (s.lower(p).equals("but") || s.lower(p).equals("and"))) {
            return coordinatedSubject(s, from, p, verb); // "He declined to give details but said ..."
        }
        if (p >= from && s.token(p).equals(",") && p - 2 >= from && s.token(p - 2).equals(",")
                && "ADV".equals(s.tag(p - 1))) {
            p -= 3; // "Funaro, however, said"
        }
        p = beforeCodes(s, from, p);
        if (p >= from && s.token(p).equals(",")) {
            // "Maria Keller, an analyst at Nordhavn Risk Partners, said"
            int c = appositiveOpening(s, from, p, p - 1);
            if (c < 0) {
                // "Sears Roebuck and Co, said": only a stray comma after a company that opens the clause
                boolean company = Lexicon.ORGANISATION_WORDS.containsKey(s.lower(p - 1))
                        && !s.token(from - 1).equals(",");
                Attribution whole = company ? subjectBefore(s, from, p - 1, p, p, verb) : null;
                return whole != null && whole.sourceFrom() == from ? whole : null;
            }
            // "<Exco International Plc>, a subsidiary of ..., said": the name before the appositive may carry codes
            int q = beforeCodes(s, from, c - 1);
            Attribution nearest = subjectBefore(s, from, q, q + 1, p, verb);
            if (nearest == null || insideAppositive(s, from, nearest.sourceFrom())
                    || SubjectSurroundings.partyAndState(s, nearest.sourceFrom())) {
                // "David Saks, drug analyst with Morgan Olmstead, Kennedy and Gardner in New York, said": the comma
                // before is inside the appositive; the subject is before the appositive's own opening comma
                int earlier = appositiveOpening(s, from, p, c - 1);
                Attribution outer = earlier < 0 ? null : subjectBefore(s, from, earlier - 1, earlier, p, verb);
                if (outer != null) {
                    return outer;
                }
            }
            return nearest;
        }
        return subjectBefore(s, from, p, p + 1, p + 1, verb);
    }

    /**
     * The last word of the name that codes and short forms in brackets follow, ending at {@code p}: "Nationale
     * Nederlanden NV <NTTN.AS> (NatNed)" → "NV"; "<Gordon Investment Corp>", a name in brackets → "Corp".
     */
    private static int beforeCodes(TaggedSentence s, int from, int p) {
        while (p >= from && (s.token(p).equals(")") || s.token(p).equals(">"))) {
            String open = s.token(p).equals(")") ? "(" : "<";
            int o = p - 1;
            while (o >= from && o > p - 8 && !s.token(o).equals(open)) {
                o--;
            }
            if (o < from || o <= p - 8) {
                break;
            }
            if (o - 1 < from || s.isPunct(o - 1)) {
                return p - 1;
            }
            p = o - 1;
        }
        return p;
    }

    /**
     * The comma that opens an appositive ending at the comma {@code p}, searching back from {@code c}, or -1: an
     * appositive is at most 24 tokens and opens with a word a noun phrase or a relative clause can start with.
     */
    private static int appositiveOpening(TaggedSentence s, int from, int p, int c) {
        while (c >= from && c > p - 24 && !s.token(c).equals(",")) {
            c--;
        }
        if (c < from || c <= p - 24 || c + 1 >= p || SubjectSurroundings.clauseInside(s, c + 1, p)) {
            return -1;
        }
        String first = s.tag(c + 1);
        if (!(first.equals("DET") || first.equals("ADJ") || first.equals("NOUN") || first.equals("NUM")
                || first.equals("PROPN") || APPOSITIVE_OPENERS.contains(s.lower(c + 1))
                // "Galactic Resources Ltd, earlier reporting a loss, said", "Armtek Corp, formerly known as ..., said"
                || first.equals("ADV") && "VERB".equals(s.tag(c + 2)) && !s.isCapitalised(c + 1)
                || Lexicon.TITLE_WORDS.contains(s.lower(c + 1)) || Lexicon.TITLE_MODIFIERS.contains(s.lower(c + 1))
                || s.lower(c + 1).endsWith("ing") && !s.isCapitalised(c + 1)
                || s.lower(c + 1).endsWith("ed") && "VERB".equals(s.tag(c + 1)))) { // ", based in Dallas,"
            return -1;
        }
        return c;
    }

    /** The "<" of a company name in angle brackets closing at {@code close} ("<Qintex Ltd>"), or -1. */
    private static int bracketedNameOpening(TaggedSentence s, int close, int from) {
        for (int o = close - 1; o >= from && o > close - 10; o--) {
            if (s.token(o).equals("<")) {
                return o + 1 < close && s.isCapitalised(o + 1) && (o == from || SourcePhrase.opensSubject(s, o - 1))
                        ? o : -1;
            }
        }
        return -1;
    }

    /** "analyst with X", "economist at X": a name after a role's preposition is part of an appositive, not a subject. */
    private static boolean insideAppositive(TaggedSentence s, int from, int start) {
        return start - 2 >= from && ROLE_PREPOSITIONS.contains(s.lower(start - 1)) && "NOUN".equals(s.tag(start - 2))
                && !s.isCapitalised(start - 2);
    }

    private static final Set<String> ROLE_PREPOSITIONS = Set.of("with", "at", "of", "for", "from");

    /** The subject noun phrase ending at {@code npEnd} (the last word at {@code p}), the phrase running to {@code phraseEnd}. */
    private static Attribution subjectBefore(TaggedSentence s, int from, int p, int npEnd, int phraseEnd, int verb) {
        Attribution a = subjectBefore(s, from, p, npEnd, phraseEnd, verb, 9);
        // "Director Sixten Korkman at the Bank of Finland's monetary department said": a long phrase that opens the
        // clause is one subject
        return a != null ? a : subjectBefore(s, from, p, npEnd, phraseEnd, verb, 16);
    }

    private static Attribution subjectBefore(TaggedSentence s, int from, int p, int npEnd, int phraseEnd, int verb,
            int longest) {
        int start = npEnd;
        if (p >= from && SourcePhrase.PRONOUNS.contains(s.lower(p)) && npEnd == p + 1) {
            start = p;
        } else {
            while (start - 1 >= from && npEnd - (start - 1) <= longest && SourcePhrase.inNounPhrase(s, start - 1, from)
                    || start - 1 >= from && s.token(start - 1).equals(">")
                            && SourcePhrase.tickerOpening(s, start - 1, from) >= 0
                    || start - 1 >= from && s.token(start - 1).equals(">")
                            && bracketedNameOpening(s, start - 1, from) >= 0
                    || start - 2 >= from && SourcePhrase.joinsNames(s, start - 1)) {
                if (s.token(start - 1).equals(">") && SourcePhrase.tickerOpening(s, start - 1, from) < 0) {
                    start = bracketedNameOpening(s, start - 1, from); // "<Qintex Ltd> of Brisbane said"
                    continue;
                }
                if (s.token(start - 1).equals(">")) {
                    start = SourcePhrase.tickerOpening(s, start - 1, from); // "Broken Hill Pty Co Ltd <BRKN.S> officials said"
                    continue;
                }
                start--;
                // "a spokesman for the International ... House said": the determiner opens the inner phrase only
                boolean inner = start - 2 >= from && SourcePhrase.INNER_PREPOSITIONS.contains(s.lower(start - 1))
                        && ("NOUN".equals(s.tag(start - 2)) || "PROPN".equals(s.tag(start - 2)));
                if (("DET".equals(s.tag(start)) || SourcePhrase.POSSESSIVES.contains(s.lower(start))) && !inner) {
                    break;
                }
            }
        }
        if (start >= npEnd) {
            return null;
        }
        int sourceEnd = npEnd;
        if (start - 2 > from && POSTMODIFIERS.contains(s.lower(start - 2) + " " + s.lower(start - 1))) {
            // "officials familiar with the talks said", "sources close to the minister said": the source is the
            // phrase before the qualifier
            int qualifier = start - 2;
            int outer = qualifier;
            while (outer - 1 >= from && qualifier - (outer - 1) <= 6 && SourcePhrase.inNounPhrase(s, outer - 1, from)) {
                outer--;
                if ("DET".equals(s.tag(outer))) {
                    break;
                }
            }
            if (outer < qualifier) {
                start = outer;
                sourceEnd = qualifier;
            }
        }
        if (start + 1 < npEnd && SubjectSurroundings.DAY_WORDS.contains(s.lower(start))
                && (start == from || s.lower(start - 1).equals("on"))) {
            start++; // "On Wednesday Dixon said": the day is no part of the name
        }
        if (!(start == from || SourcePhrase.opensSubject(s, start - 1)
                || SubjectSurroundings.afterTimePhrase(s, from, start)
                || SubjectSurroundings.afterOpeningPhrase(s, from, start))) {
            // "In a separate interview Keating said": the name after the opening phrase's noun is the subject
            int name = SubjectSurroundings.nameAfterCommonNoun(s, start, sourceEnd);
            if (name < 0 || !SubjectSurroundings.afterOpeningPhrase(s, from, name)) {
                return null;
            }
            start = name;
        }
        int head = SourcePhrase.headOf(s, start, sourceEnd);
        if (head < 0 || !SourcePhrase.canAssert(s, head) && !SourcePhrase.speaksBy(s, head, verb)) {
            return null;
        }
        return new Attribution(Attribution.Form.SUBJECT_VERB, s.span(start, phraseEnd), start, sourceEnd, head,
                s.lower(verb));
    }

    /** The subject that opens the clause, for a reporting verb in a second predicate: "Smith declined ... but said". */
    private static Attribution coordinatedSubject(TaggedSentence s, int from, int conjunction, int verb) {
        int start = from;
        while (start < conjunction && (s.token(start).equals("\"") || "ADV".equals(s.tag(start)))) {
            start++;
        }
        int end = start;
        while (end < conjunction && !"VERB".equals(s.tag(end)) && !"AUX".equals(s.tag(end)) && !s.isPunct(end)) {
            end++;
        }
        if (end == start || end - start > 5 || end >= conjunction || s.isPunct(end)) {
            return null;
        }
        int head = SourcePhrase.headOf(s, start, end);
        if (head < 0 || !SourcePhrase.canAssert(s, head)) {
            return null;
        }
        return new Attribution(Attribution.Form.SUBJECT_VERB, s.span(start, end), start, end, head, s.lower(verb));
    }

    /** The tagger reads "experts caution against" as two nouns; a reporting word followed by what it reports is a verb. */
    static boolean actsAsVerb(TaggedSentence s, int i) {
        String tag = s.tag(i);
        if (tag.equals("VERB") || tag.equals("AUX")) {
            return true;
        }
        if (ALWAYS_VERBS.contains(s.lower(i)) && !"DET".equals(s.tag(i - 1))) {
            return true; // the tagger sometimes reads "said" after a comma as an adjective
        }
        if (!tag.equals("NOUN") || "DET".equals(s.tag(i - 1))) {
            return false;
        }
        String w = s.lower(i);
        String next = s.lower(i + 1);
        String nextTag = s.tag(i + 1);
        boolean plural = w.endsWith("s") && !w.endsWith("ss");
        if (plural) {
            // "intelligence suggests that" yes; "prior estimates suggesting", "reports indicate" no; "the company
            // notes there have been ...": a singular noun subject right before makes it a verb
            String before = s.tag(i - 1);
            boolean singularSubject = (before.equals("NOUN") || before.equals("PROPN"))
                    && !s.lower(i - 1).endsWith("s");
            return next.equals("that") || singularSubject && (next.equals("there") || nextTag.equals("PRON"));
        }
        return next.equals("that") || next.equals("against") || nextTag.equals("DET") || nextTag.equals("PRON")
                || nextTag.equals("PROPN") || nextTag.equals("NUM") || nextTag.equals("SCONJ");
    }
}
