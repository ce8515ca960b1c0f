package io.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage 3: finds who a clause attributes its claim to. Patterns:
 * <ul>
 * <li>"according to X" (X up to the next comma; a trailing prepositional phrase is kept in the phrase but not in
 * the source: "Ukrainian special forces in the region");</li>
 * <li>"X said/says/told/indicated/acknowledged/warned/estimates/suggests/cautions ..." with the subject noun
 * phrase right before the verb (auxiliaries and adverbs in between allowed, an appositive "X, an analyst at Y,"
 * skipped), also "with X suggesting";</li>
 * <li>"..., said X" / "..., said X, chief economist at Y";</li>
 * <li>nominal sources: "assertions that", "reports that", "claims that".</li>
 * </ul>
 * A subject only counts when its head could assert anything: a proper noun, a pronoun, or a source noun
 * (experts, officials, sources, estimates, intelligence, company, ministry, spokesman, ...). That keeps "with heavy
 * casualties previously reported" from making "casualties" an asserter. Passives ("is believed") have no subject.
 * The backward search for that subject is {@link SubjectVerbSearch}.
 */
public final class AttributionFinder {

    /** Verbs that report only with "that" after them: "X agreed that the offer was low", not "X agreed to buy". */
    private static final Set<String> THAT_VERBS = Set.of("agreed", "agrees", "feared", "fears", "hoped", "hopes",
            "recalled", "recognised", "recognized", "conceded", "complained", "explained", "pointed");

    private static final Set<String> TELL_VERBS = Set.of("told", "tell", "tells", "telling");
    private static final Set<String> NOMINAL_SOURCES = Set.of(
            "assertions", "reports", "claims", "allegations", "rumours", "rumors", "suggestions", "indications");
    private static final Set<String> BLOCK_AFTER_VERB = Set.of(
            "in", "on", "during", "after", "before", ".", ",", "\"", "when", "by", "to", "earlier", "later");

    /** All attributions in tokens {@code [from, to)} of the sentence, strongest form first, then in text order. */
    public List<Attribution> find(TaggedSentence s, int from, int to) {
        List<Attribution> out = new ArrayList<>(2);
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            Attribution participle = (w.equals("telling") || w.equals("saying")) && i > from + 1
                    && s.token(i - 1).equals(",") && quotedBefore(s, from, i) < 0 ? participleSubject(s, from, i)
                            : null;
            if (participle != null) {
                out.add(participle);
            } else if (w.equals("according") && s.lower(i + 1).equals("to") && i + 2 < to) {
                Attribution a = accordingTo(s, i, to);
                if (a != null) {
                    out.add(a);
                }
            } else if (w.equals("saying") && quotedBefore(s, from, i) >= 0) {
                Attribution a = quotedAsSaying(s, from, quotedBefore(s, from, i));
                if (a != null) {
                    out.add(a);
                }
            } else if (Lexicon.REPORTING_VERBS.contains(w)
                    || THAT_VERBS.contains(w) && s.lower(i + 1).equals("that")) {
                Attribution a = SubjectVerbSearch.subjectVerb(s, from, i);
                if (a == null) {
                    a = verbSubject(s, i, to);
                }
                if (a != null) {
                    out.add(a);
                }
            } else if (NOMINAL_SOURCES.contains(w) && s.lower(i + 1).equals("that")) {
                int start = i;
                while (start > from && "ADJ".equals(s.tag(start - 1))) {
                    start--;
                }
                out.add(new Attribution(Attribution.Form.NOMINAL, s.span(start, i + 1), start, i + 1, i, w));
            }
        }
        dropQuotedSpeakers(s, out);
        out.sort((a, b) -> Integer.compare(a.form().ordinal(), b.form().ordinal()));
        return out;
    }

    /**
     * "\"... He has just declared all bets are off,\" Chris Johns said": a speaker inside quotation marks is part of
     * what is quoted; when the sentence names one outside them, the quoted ones do not speak for it.
     */
    private static void dropQuotedSpeakers(TaggedSentence s, List<Attribution> found) {
        if (found.size() < 2) {
            return;
        }
        boolean[] quoted = new boolean[s.size()];
        int marks = 0;
        int first = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).equals("\"")) {
                first = first < 0 ? i : first;
                marks++;
            }
        }
        // a sentence that goes on with a quote opened in the one before: its first mark closes ("dead,\" said X")
        boolean inside = marks % 2 == 1 && first > 0 && s.isPunct(first - 1);
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).equals("\"")) {
                inside = !inside;
            } else {
                quoted[i] = inside;
            }
        }
        if (found.stream().anyMatch(a -> !quoted[a.head()])) {
            found.removeIf(a -> quoted[a.head()]);
        }
    }

    /**
     * "A central bank official took a calmer view, telling Reuters that ...": the one who says is the subject of the
     * clause the participle hangs on, found from that clause's first verb; null when there is none.
     */
    private static Attribution participleSubject(TaggedSentence s, int from, int participle) {
        for (int v = from + 1; v < participle - 1; v++) {
            if ("VERB".equals(s.tag(v)) && SubjectVerbSearch.actsAsVerb(s, v)) {
                Attribution a = SubjectVerbSearch.subjectVerb(s, from, v);
                return a == null ? null
                        : new Attribution(a.form(), a.phrase(), a.sourceFrom(), a.sourceTo(), a.head(),
                                s.lower(participle));
            }
        }
        return null;
    }

    /** The "quoted" of "quoted as saying" or "quoted X as saying" before {@code saying}, or -1. */
    private static int quotedBefore(TaggedSentence s, int from, int saying) {
        if (saying < from + 2 || !s.lower(saying - 1).equals("as")) {
            return -1;
        }
        for (int q = saying - 2; q >= from && q >= saying - 10; q--) {
            if (s.lower(q).equals("quoted")) {
                return q;
            }
            if (s.isPunct(q)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The minister was quoted as saying ...": the subject of the passive; "Kyodo quoted Tanaka as saying ...": the one
     * quoted, not the one quoting.
     */
    private Attribution quotedAsSaying(TaggedSentence s, int from, int quoted) {
        if (quoted - 1 >= from && SubjectVerbSearch.PASSIVE_AUX.contains(s.lower(quoted - 1))) {
            Attribution a = SubjectVerbSearch.subjectVerb(s, from, quoted - 1);
            return a == null ? null
                    : new Attribution(a.form(), a.phrase(), a.sourceFrom(), a.sourceTo(), a.head(), "quoted as saying");
        }
        int start = quoted + 1;
        int end = quoted + 1;
        while (end < s.size() && !s.lower(end).equals("as") && end - start < 14) {
            end++;
        }
        if (end == start || !s.lower(end).equals("as")) {
            return null;
        }
        int head = SourcePhrase.headOf(s, start, end);
        if (head < 0 || !SourcePhrase.canAssert(s, head)) {
            return null;
        }
        return new Attribution(Attribution.Form.SUBJECT_VERB, s.span(start, end), start, end, head, "quoted as saying");
    }

    /** A subject-verb attribution whose subject starts exactly at {@code start}: used to find clause boundaries. */
    public Attribution startingAt(TaggedSentence s, int start, int to) {
        for (int i = start + 1; i < to && i < start + 14; i++) {
            if (Lexicon.REPORTING_VERBS.contains(s.lower(i)) && SubjectVerbSearch.actsAsVerb(s, i)) {
                Attribution a = SubjectVerbSearch.subjectVerb(s, start, i);
                if (a != null && a.sourceFrom() == start && opensClause(s, i, to)) {
                    return a;
                }
                return null;
            }
            if (s.isPunct(i) && !s.token(i).equals(",")) {
                return null;
            }
        }
        return null;
    }

    /** The verb is followed by what it reports, not by "in a statement" or the end of the sentence. */
    private static boolean opensClause(TaggedSentence s, int verb, int to) {
        int next = verb + 1;
        if (TELL_VERBS.contains(s.lower(verb))) {
            // "told employees in a memo" names an audience, not a new claim; "told reporters that ..." does
            while (next < to && (s.tag(next).equals("NOUN") || s.tag(next).equals("PRON") || s.tag(next).equals("PROPN")
                    || s.tag(next).equals("DET") || s.tag(next).equals("ADJ"))) {
                next++;
            }
            if (!s.lower(next).equals("that")) {
                return false;
            }
        }
        if (BLOCK_AFTER_VERB.contains(s.lower(next))) {
            return false;
        }
        int words = 0;
        for (int i = verb + 1; i < to; i++) {
            if (!s.isPunct(i)) {
                words++;
            }
        }
        return words >= 3;
    }

    private Attribution accordingTo(TaggedSentence s, int i, int to) {
        int start = i + 2;
        int end = start;
        while (end < to && !s.isPunct(end)) {
            end++;
        }
        if (end == start) {
            return null;
        }
        int sourceEnd = start + 1;
        // The source is the noun phrase; "in the region", "familiar with the talks" only qualify it.
        while (sourceEnd < end && SourcePhrase.continuesNounPhrase(s, sourceEnd)) {
            sourceEnd++;
        }
        // "according to a spokesman for the ministry": keep the "for the ministry" part in the source.
        if (sourceEnd < end && SourcePhrase.INNER_PREPOSITIONS.contains(s.lower(sourceEnd))
                && SourcePhrase.isTitleHead(s, sourceEnd - 1)) {
            sourceEnd = end;
        }
        int head = SourcePhrase.headOf(s, start, sourceEnd);
        return new Attribution(Attribution.Form.ACCORDING_TO, s.span(start, end), start, sourceEnd, head,
                "according to");
    }

    /**
     * "said economic information company Data Resources Europe Inc", "said Kansas City Southern president and chief
     * executive officer Landon H. Rowland": a long source that ends in a company's legal form or in a name after a
     * title.
     */
    private static boolean namedAtLength(TaggedSentence s, int start, int end) {
        if (Lexicon.ORGANISATION_WORDS.containsKey(s.lower(end - 1))) {
            return true;
        }
        for (int i = start; i < end - 1; i++) {
            if (Lexicon.TITLE_WORDS.contains(s.lower(i)) && !s.isCapitalised(i) && s.isCapitalised(end - 1)) {
                return true;
            }
        }
        return false;
    }

    private Attribution verbSubject(TaggedSentence s, int verb, int to) {
        // Only "..., said X" / "\" said X": the verb right after a comma or a closing quote. After "told" comes
        // the one told ("..., telling Reuters that"), never the speaker.
        if (verb == 0 || !(s.token(verb - 1).equals(",") || s.token(verb - 1).equals("\""))
                || TELL_VERBS.contains(s.lower(verb))) {
            return null;
        }
        int start = verb + 1;
        int end = start;
        if ("DET".equals(s.tag(end)) || "NUM".equals(s.tag(end))) {
            end++; // "said the spokesman", "said one analyst"
        }
        while (end < to && (s.isCapitalised(end) || "PROPN".equals(s.tag(end)) || "NOUN".equals(s.tag(end))
                || "ADJ".equals(s.tag(end)) || SourcePhrase.abbreviationDot(s, end)
                || Lexicon.TITLE_WORDS.contains(s.lower(end)) // "said lead underwriter Daiwa Securities"
                || end > start && Lexicon.TITLE_WORDS.contains(s.lower(end - 1)) && !s.isPunct(end)
                || s.token(end).equals("'s") && end > start && end + 1 < to && s.isCapitalised(end + 1))) {
            end++; // "said Capel's Dennis": the person of the firm named before the possessive
        }
        if (end == start || end - start > (namedAtLength(s, start, end) ? 10 : 6)) {
            return null;
        }
        int phraseEnd = end;
        if (end < to && s.token(end).equals(",")) {
            phraseEnd = end + 1;
            while (phraseEnd < to && !s.isPunct(phraseEnd)) {
                phraseEnd++;
            }
        }
        int head = SourcePhrase.headOf(s, start, end);
        if (head < 0 || !SourcePhrase.canAssert(s, head) && !SourcePhrase.speaksBy(s, head, verb)) {
            return null;
        }
        return new Attribution(Attribution.Form.VERB_SUBJECT, s.span(start, phraseEnd), start, end, head,
                s.lower(verb));
    }
}
