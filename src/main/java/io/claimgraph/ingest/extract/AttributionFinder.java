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
 */
public final class AttributionFinder {

    private static final Set<String> SKIPPABLE = Set.of(
            "has", "have", "had", "will", "would", "may", "might", "could", "also", "reportedly", "recently",
            "previously", "further", "again", "still", "now", "repeatedly", "publicly", "separately", "later",
            "earlier",
            "'ve", "did", "does", "do");
    private static final Set<String> PASSIVE_AUX = Set.of("is", "was", "were", "are", "been", "be", "being");
    private static final Set<String> ALWAYS_VERBS = Set.of("said", "says", "told", "tells", "added", "adds");
    private static final Set<String> CALL_VERBS = Set.of("call", "calls", "called");
    private static final Set<String> CALL_PARTICLES = Set.of("for", "on", "off", "in", "up", "back", "it", "a", "an");
    private static final Set<String> POSTMODIFIERS = Set.of("familiar with", "close to", "involved in", "briefed on");
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
            if (w.equals("according") && s.lower(i + 1).equals("to") && i + 2 < to) {
                Attribution a = accordingTo(s, i, to);
                if (a != null) {
                    out.add(a);
                }
            } else if (w.equals("saying") && quotedBefore(s, from, i) >= 0) {
                Attribution a = quotedAsSaying(s, from, quotedBefore(s, from, i));
                if (a != null) {
                    out.add(a);
                }
            } else if (Lexicon.REPORTING_VERBS.contains(w)) {
                Attribution a = subjectVerb(s, from, i);
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
        out.sort((a, b) -> Integer.compare(a.form().ordinal(), b.form().ordinal()));
        return out;
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
        if (quoted - 1 >= from && PASSIVE_AUX.contains(s.lower(quoted - 1))) {
            Attribution a = subjectVerb(s, from, quoted - 1);
            return a == null ? null
                    : new Attribution(a.form(), a.phrase(), a.sourceFrom(), a.sourceTo(), a.head(), "quoted as saying");
        }
        int start = quoted + 1;
        int end = quoted + 1;
        while (end < s.size() && !s.lower(end).equals("as") && end - start < 8) {
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
            if (Lexicon.REPORTING_VERBS.contains(s.lower(i)) && actsAsVerb(s, i)) {
                Attribution a = subjectVerb(s, start, i);
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

    private Attribution subjectVerb(TaggedSentence s, int from, int verb) {
        if (!actsAsVerb(s, verb)) {
            return null;
        }
        if (CALL_VERBS.contains(s.lower(verb)) && CALL_PARTICLES.contains(s.lower(verb + 1))) {
            return null; // "called for talks", "called on creditors": a request, not a statement
        }
        int p = verb - 1;
        while (p >= from && (SKIPPABLE.contains(s.lower(p))
                || "ADV".equals(s.tag(p)) && !s.lower(p).equals("not") && !s.isCapitalised(p))) {
            p--;
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
        while (p >= from && (s.token(p).equals(")") || s.token(p).equals(">"))) {
            // "Nationale Nederlanden NV <NTTN.AS> (NatNed) said": codes and short forms after the name
            String open = s.token(p).equals(")") ? "(" : "<";
            int o = p - 1;
            while (o >= from && o > p - 8 && !s.token(o).equals(open)) {
                o--;
            }
            if (o < from || o <= p - 8) {
                break;
            }
            if (o - 1 < from || s.isPunct(o - 1)) {
                p--; // "<Gordon Investment Corp> said": the brackets hold the name itself
                break;
            }
            p = o - 1;
        }
        int npEnd = p + 1;
        int phraseEnd = npEnd;
        if (p >= from && s.token(p).equals(",")) {
            // "Maria Keller, an analyst at Nordhavn Risk Partners, said"
            int c = p - 1;
            while (c >= from && c > p - 24 && !s.token(c).equals(",")) {
                c--;
            }
            if (c < from || c <= p - 24 || c + 1 >= p) {
                return null;
            }
            String first = s.tag(c + 1);
            if (!(first.equals("DET") || first.equals("ADJ") || first.equals("NOUN") || first.equals("NUM")
                    || first.equals("PROPN") || s.lower(c + 1).equals("who") || s.lower(c + 1).equals("which")
                    || s.lower(c + 1).equals("with") || s.lower(c + 1).equals("in")
                    || Lexicon.TITLE_WORDS.contains(s.lower(c + 1)) || Lexicon.TITLE_MODIFIERS.contains(s.lower(c + 1))
                    || s.lower(c + 1).endsWith("ing") && !s.isCapitalised(c + 1)
                    || s.lower(c + 1).endsWith("ed") && "VERB".equals(s.tag(c + 1)))) { // ", based in Dallas,"
                return null;
            }
            npEnd = c;
            phraseEnd = p;
            p = c - 1;
        }
        int start = npEnd;
        if (p >= from && SourcePhrase.PRONOUNS.contains(s.lower(p)) && npEnd == p + 1) {
            start = p;
        } else {
            while (start - 1 >= from && npEnd - (start - 1) <= 9 && SourcePhrase.inNounPhrase(s, start - 1, from)
                    || start - 1 >= from && s.token(start - 1).equals(">")
                            && SourcePhrase.tickerOpening(s, start - 1, from) >= 0
                    || start - 2 >= from && SourcePhrase.joinsNames(s, start - 1)) {
                if (s.token(start - 1).equals(">")) {
                    start = SourcePhrase.tickerOpening(s, start - 1, from); // "Broken Hill Pty Co Ltd <BRKN.S> officials said"
                    continue;
                }
                start--;
                // "a spokesman for the International ... House said": the determiner opens the inner phrase only
                boolean inner = start - 2 >= from && SourcePhrase.INNER_PREPOSITIONS.contains(s.lower(start - 1))
                        && ("NOUN".equals(s.tag(start - 2)) || "PROPN".equals(s.tag(start - 2)));
                if ("DET".equals(s.tag(start)) && !inner) {
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
        if (!(start == from || SourcePhrase.opensSubject(s, start - 1))) {
            return null;
        }
        int head = SourcePhrase.headOf(s, start, sourceEnd);
        if (head < 0 || !SourcePhrase.canAssert(s, head)) {
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
    private static boolean actsAsVerb(TaggedSentence s, int i) {
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

    private Attribution verbSubject(TaggedSentence s, int verb, int to) {
        // Only "..., said X" / "\" said X": the verb right after a comma or a closing quote.
        if (verb == 0 || !(s.token(verb - 1).equals(",") || s.token(verb - 1).equals("\""))) {
            return null;
        }
        int start = verb + 1;
        int end = start;
        if ("DET".equals(s.tag(end)) || "NUM".equals(s.tag(end))) {
            end++; // "said the spokesman", "said one analyst"
        }
        while (end < to && (s.isCapitalised(end) || "PROPN".equals(s.tag(end)) || "NOUN".equals(s.tag(end))
                || "ADJ".equals(s.tag(end)) || SourcePhrase.abbreviationDot(s, end))) {
            end++;
        }
        if (end == start || end - start > 6) {
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
        if (head < 0 || !SourcePhrase.canAssert(s, head)) {
            return null;
        }
        return new Attribution(Attribution.Form.VERB_SUBJECT, s.span(start, phraseEnd), start, end, head,
                s.lower(verb));
    }
}
