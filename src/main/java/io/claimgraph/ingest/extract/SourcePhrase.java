package io.claimgraph.ingest.extract;

import java.util.Set;

/**
 * The noun phrase that names a source: where it starts and ends around ticker codes, initials and "and" between
 * names, which word is its head, and whether that head could assert anything at all.
 */
final class SourcePhrase {

    static final Set<String> TITLE_ABBREVIATIONS = Set.of(
            "adm", "gen", "col", "lt", "capt", "sgt", "maj", "cmdr", "rep", "sen", "gov", "dr", "mr", "mrs", "ms",
            "prof", "rev");
    static final Set<String> SUBORDINATORS = Set.of(
            "before", "after", "when", "because", "since", "although", "though", "if", "once", "until", "where",
            "whereas", "which");
    private static final Set<String> PUBLICATION_WORDS = Set.of("daily", "weekly", "monthly", "overseas");
    static final Set<String> INNER_PREPOSITIONS = Set.of("of", "for", "at", "from", "in", "to", "by");
    static final Set<String> SOURCE_WORDS = Set.of(
            "company", "firm", "bank", "ministry", "agency", "government", "group", "club", "team", "union", "council",
            "department", "office", "court", "board", "committee", "subcommittee", "panel", "commission", "institute",
            "university", "lab",
            "laboratory", "hospital", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "minister",
            "president", "director", "official", "coach", "manager", "researcher", "scientist", "chief", "executive",
            "regulator", "operator", "insurer", "lender", "carrier", "maker", "automaker", "producer", "retailer",
            "airline", "army", "military", "forces", "troops", "navy", "police", "prosecutor", "prosecutors", "judge",
            "report", "paper", "statement", "author", "authors", "league", "federation", "player", "ceo",
            "administration", "parliament", "cabinet", "kremlin", "pentagon", "whitehouse", "watchdog", "developer",
            "startup", "manufacturer", "supplier", "chairman", "chairwoman", "governor", "mayor", "organisers",
            "organizers", "officials", "players", "unions", "banks", "companies", "firms", "scientists", "researchers",
            "document", "filing", "prospectus", "newspaper", "magazine", "release", "letter", "notice", "announcement",
            "newsletter", "publication", "circular", "edition", "daily");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");

    private SourcePhrase() {
    }

    static boolean continuesNounPhrase(TaggedSentence s, int i) {
        String tag = s.tag(i);
        String previous = s.tag(i - 1);
        if (tag.equals("ADJ")) {
            return !previous.equals("NOUN");
        }
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM") || s.token(i).equals("'s")
                || s.isCapitalised(i) && !s.isPunct(i);
    }

    static boolean isTitleHead(TaggedSentence s, int i) {
        return Lexicon.TITLE_WORDS.contains(s.lower(i));
    }

    /** Words that qualify a title and that the tagger does not read as part of a noun phrase. */
    private static final Set<String> BEFORE_TITLES = Set.of("acting", "former", "outgoing", "incoming", "retiring");

    static boolean inNounPhrase(TaggedSentence s, int i, int from) {
        String tag = s.tag(i);
        if (s.isCapitalised(i) && !s.isPunct(i) && !Lexicon.NOT_NAMES.contains(s.lower(i))) {
            return true; // a name, whatever the tagger made of it ("Aequitron/ADP", "Mielke/PRON")
        }
        if (Lexicon.UNNAMED_SOURCE_HEADS.contains(s.lower(i)) || Lexicon.TITLE_WORDS.contains(s.lower(i))) {
            return true; // "reports indicate", "chief operating officer": the tagger reads them as verbs
        }
        if (tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("NUM") || tag.equals("DET")) {
            return !isClauseWord(s.lower(i)); // "that", "which" open a clause, not a noun phrase
        }
        if (PUBLICATION_WORDS.contains(s.lower(i))) {
            return true; // "the government daily Izvestia", "the People's Daily overseas edition": read as adverbs
        }
        if (s.lower(i).equals("one") || POSSESSIVES.contains(s.lower(i))) {
            return true; // "one trader said", "its annual report said": the tagger reads them as pronouns
        }
        if (s.lower(i).endsWith("ing") && (i - 1 >= from && "DET".equals(s.tag(i - 1))
                || Lexicon.TITLE_WORDS.contains(s.lower(i + 1)) || Lexicon.TITLE_WORDS.contains(s.lower(i + 2)))) {
            return true; // "a leading Spanish broker", "managing director", "managing board chairman"
        }
        if (s.token(i).equals("'s") || s.token(i).equals("&") || s.token(i).equals("-") || abbreviationDot(s, i)) {
            return true;
        }
        if (i >= 1 && s.token(i - 1).equals("-") && s.ends()[i - 1] == s.starts()[i] && !s.isPunct(i)) {
            return true; // "state-owned", "New Jersey-based": a compound modifier
        }
        if (BEFORE_TITLES.contains(s.lower(i)) && i + 1 < s.size()
                && (s.isCapitalised(i + 1) || Lexicon.TITLE_WORDS.contains(s.lower(i + 1)))) {
            return true; // "acting Assistant Attorney General Charles Rule": the tagger reads "acting" as a verb
        }
        if (s.lower(i).endsWith("ed") && !s.isCapitalised(i) && s.lower(i + 1).equals("by") && i - 1 >= from
                && ("NOUN".equals(s.tag(i - 1)) || s.isCapitalised(i - 1))) {
            return true; // "a group led by New York investor Asher Edelman", "a statement released by the group"
        }
        if (INNER_PREPOSITIONS.contains(s.lower(i)) && i - 1 >= from) {
            String left = s.tag(i - 1);
            boolean compound = i - 2 >= from && s.token(i - 2).equals("-") && s.ends()[i - 2] == s.starts()[i - 1];
            return left.equals("NOUN") || left.equals("PROPN") || s.isCapitalised(i - 1)
                    || compound // "director-general for agriculture"
                    || s.lower(i).equals("by") && inNounPhrase(s, i - 1, from)
                    || s.token(i - 1).equals(">"); // "<Qintex Ltd> of Brisbane"
        }
        return false;
    }

    /** The dot of an initial or a title abbreviation, split off by the tokenizer: "J.P. Morgan", "Adm. Carroll". */
    static boolean abbreviationDot(TaggedSentence s, int i) {
        if (i == 0 || !s.token(i).equals(".") || s.ends()[i - 1] != s.starts()[i] || i + 1 >= s.size()
                || !s.isCapitalised(i + 1)) {
            return false;
        }
        String before = s.token(i - 1);
        return before.matches("\\p{Lu}(\\.\\p{Lu})*")
                || Lexicon.TITLE_WORDS.contains(before.toLowerCase(java.util.Locale.ROOT))
                || before.length() <= 4 && Character.isUpperCase(before.charAt(0))
                        && TITLE_ABBREVIATIONS.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    /** The "<" of a ticker code "<BRKN.S>" closing at {@code close}, or -1. */
    static int tickerOpening(TaggedSentence s, int close, int from) {
        for (int o = close - 1; o >= from && o > close - 6; o--) {
            if (s.token(o).equals("<")) {
                return o > from && s.isCapitalised(o - 1) ? o : -1;
            }
        }
        return -1;
    }

    /** "Carol Bell of Phillips and Drew", "Glenn and Warner", "Bank Mees en Hope NV": "and" between two names. */
    static boolean joinsNames(TaggedSentence s, int i) {
        String w = s.lower(i);
        return (w.equals("and") || w.equals("&") || w.equals("en")) && s.isCapitalised(i - 1)
                && s.isCapitalised(i + 1);
    }

    static boolean isClauseWord(String w) {
        return w.equals("that") || w.equals("which") || w.equals("this");
    }

    static boolean opensSubject(TaggedSentence s, int i) {
        String tag = s.tag(i);
        String w = s.lower(i);
        return s.isPunct(i) || tag.equals("SCONJ") || tag.equals("CCONJ") || w.equals("with") || w.equals("that")
                || w.equals("while") || w.equals("as") || w.equals("\"") || w.equals("but") || w.equals("and")
                || SUBORDINATORS.contains(w);
    }

    /** Last noun of the phrase before any inner preposition: "a spokesman for the ministry" → spokesman. */
    static int headOf(TaggedSentence s, int from, int to) {
        int end = to;
        for (int i = from + 1; i < to; i++) {
            if (INNER_PREPOSITIONS.contains(s.lower(i)) || s.lower(i).equals("and") && s.isCapitalised(i - 1)) {
                end = i; // "Glenn and Warner said": the first named speaks first
                break;
            }
        }
        for (int i = end - 1; i >= from; i--) {
            if (i - 2 >= from && s.token(i - 1).equals("-") && s.ends()[i - 1] == s.starts()[i]
                    && s.isCapitalised(i - 2)
                    && !s.isCapitalised(i)) {
                return i - 2; // "Kim Mahn-je": the name, not its lower-case syllable
            }
            String tag = s.tag(i);
            if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || s.isCapitalised(i)
                    && !s.token(i).equals("'s") || Lexicon.PERSON_NOUNS.contains(s.lower(i))) {
                return i; // "The official, who ..., added": the tagger reads "official" as an adjective
            }
        }
        return to - 1;
    }

    /** Verbs only a speaker is the subject of: in "exporters said" or "the utility said" the subject speaks. */
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "tells");

    /** A common noun that is the subject of a speech verb speaks, whatever the word: "exporters said". */
    static boolean speaksBy(TaggedSentence s, int head, int verb) {
        // any reporting verb after ", the NOUN" at the end of the sentence reports: "..., the seismologist added."
        boolean reports = SPEECH_VERBS.contains(s.lower(verb))
                || Lexicon.REPORTING_VERBS.contains(s.lower(verb)) && s.token(verb + 1).equals(".") && head == verb - 1
                        && s.lower(head - 1).equals("the")
                        && (s.token(head - 2).equals(",") || s.token(head - 2).equals("\""));
        return reports && "NOUN".equals(s.tag(head)) && !s.isCapitalised(head)
                && s.lower(head).chars().noneMatch(Character::isDigit);
    }

    /** Words that are determiners whatever their case; a capitalised word the tagger calls one may be a name. */
    private static final Set<String> DETERMINER_WORDS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "another", "each", "every", "some", "any", "all", "both", "either", "neither", "no", "such");

    /** Possessive pronouns that open a noun phrase as a determiner does: "its annual report said". */
    static final Set<String> POSSESSIVES = Set.of("its", "his", "her", "their");

    static boolean canAssert(TaggedSentence s, int head) {
        String w = s.lower(head);
        boolean determiner = "DET".equals(s.tag(head)) && (DETERMINER_WORDS.contains(w) || !s.isCapitalised(head));
        if (determiner || w.equals("the") || w.equals("a") || w.equals("an")) {
            return false; // "The estimated amount": a capitalised article is not a name
        }
        return "PROPN".equals(s.tag(head)) || s.isCapitalised(head) || PRONOUNS.contains(w)
                || Lexicon.UNNAMED_SOURCE_HEADS.contains(w) || SOURCE_WORDS.contains(w)
                || Lexicon.PERSON_NOUNS.contains(w)
                || Lexicon.FORCE_NOUNS.contains(w)
                || Lexicon.TITLE_WORDS.contains(w);
    }

}
