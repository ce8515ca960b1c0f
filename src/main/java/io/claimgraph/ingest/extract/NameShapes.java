package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a token or a run of tokens looks like to the {@link MentionScanner}: where a run of name words ends, company
 * names in angle brackets and exchange tickers, organisation words and titles, the nouns after a demonym, and whether
 * a name stands where an actor does. Facts of the sentence alone: nothing here knows places.
 */
final class NameShapes {

    static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*");

    private NameShapes() {
    }

    /** End (exclusive, after the closing bracket) of "< ... >" opening at {@code i}, or {@code i}. */
    static int angleBracketEnd(TaggedSentence s, int i) {
        if (!s.token(i).equals("<")) {
            return i;
        }
        for (int k = i + 1; k < s.size() && k < i + 12; k++) {
            if (s.token(k).equals(">")) {
                return k > i + 1 ? k + 1 : i;
            }
            if (s.token(k).equals("<")) {
                return i;
            }
        }
        return i;
    }

    /** An exchange code as wire copy writes it next to a company: one short capitals token with a dot ("ABC.L"). */
    static boolean isTickerGroup(TaggedSentence s, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        String code = s.span(from, to).replace(" ", "");
        boolean dotted = code.indexOf('.') > 0 && code.length() <= 10;
        for (int k = 0; k < code.length(); k++) {
            char c = code.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return dotted || code.length() <= 5 && code.chars().allMatch(Character::isUpperCase);
    }

    static boolean isNameToken(TaggedSentence s, int i) {
        if (!s.isCapitalised(i)) {
            return false;
        }
        String lower = s.lower(i);
        boolean sentenceStart = i == 0 || s.token(i - 1).equals("\"");
        if (sentenceStart && Lexicon.NOT_NAMES.contains(lower) || Lexicon.MONTHS_AND_DAYS.contains(lower)
                || lower.equals("i")) {
            return false;
        }
        String t = s.token(i);
        for (int k = 0; k < t.length(); k++) {
            if (Character.isLetter(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isLowerWord(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (!Character.isLowerCase(t.charAt(k))) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    static int nameRunFrom(TaggedSentence s, int j) {
        while (j < s.size() && isNameToken(s, j)) {
            j++;
        }
        return j;
    }

    /**
     * "A U.S. Diplomat said", "the U.S. And China", "the U.S. Market": wire copy capitalises the word after an
     * abbreviation's dots as if a sentence began there. A common word so capitalised is no name; so is any single
     * capitalised word there that no capitalised word follows ("one U.S. Vehicle manufacturer", "the U.S. Response."),
     * unless it names an institution by itself ("the U.S. Navy said") or is a given name.
     */
    static boolean capitalAfterAbbreviation(TaggedSentence s, int j) {
        if (j == 0 || !ABBREVIATION.matcher(s.token(j - 1)).matches()
                || j >= 2 && Lexicon.TITLE_WORDS.contains(s.lower(j - 2))) { // "Chairman A.W. Clausen": initials
            return false;
        }
        String w = s.lower(j);
        if (Lexicon.UNNAMED_SOURCE_HEADS.contains(w) || COMMON_AFTER_ABBREVIATION.contains(w)) {
            return true;
        }
        boolean alone = j + 1 >= s.size() || !s.isCapitalised(j + 1);
        return alone && !Lexicon.ORGANISATION_WORDS.containsKey(w) && !GivenNames.contains(w)
                && !s.token(j).equals(s.token(j).toUpperCase(Locale.ROOT));
    }

    private static final Pattern ABBREVIATION = Pattern.compile("(\\p{Lu}\\.){2,}");

    private static final Set<String> COMMON_AFTER_ABBREVIATION = Set.of(
            "and", "or", "but", "had", "has", "have", "is", "was", "were", "will", "would", "in", "on", "at", "to",
            "of", "for", "by", "with", "from", "due", "saying", "said", "says", "market", "markets", "economy",
            "diplomat", "spokesman", "government", "which", "that", "as");

    static boolean isConnector(String w) {
        // "Bank Mees en Hope NV": Dutch names join with "en"
        return w.equals("of") || w.equals("for") || w.equals("&") || w.equals("and") || w.equals("de")
                || w.equals("en");
    }

    static boolean hasOrganisationWord(TaggedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isCapitalised(k) && Lexicon.ORGANISATION_WORDS.containsKey(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isTitle(TaggedSentence s, int i) {
        return Lexicon.TITLE_WORDS.contains(s.lower(i).replace(".", ""));
    }

    /** End of an organisation name starting at {@code j}, or {@code j} when there is none. */
    static int organisationEnd(TaggedSentence s, int j, int b) {
        for (int k = j; k < b; k++) {
            String w = s.lower(k);
            // "Energy Minister" is a portfolio; "BankAmerica Corp Chairman" a company and its chairman
            boolean portfolio = k + 1 < b && Lexicon.TITLE_WORDS.contains(s.lower(k + 1))
                    && !ArticleActors.isLegalForm(w);
            if (Lexicon.ORGANISATION_WORDS.containsKey(w) && !(k == j && k + 1 >= b) && !portfolio) {
                if (k == j) {
                    // "FC Porto", "Bank of England": the organisation word leads the whole name, up to a title
                    // that names its holder ("Bank of Japan Governor Satoshi Sumita")
                    for (int t = j + 1; t + 1 < b; t++) {
                        if (isStandaloneTitle(s.lower(t)) && s.isCapitalised(t + 1)) {
                            return t;
                        }
                    }
                    return b;
                }
                while (k + 1 < b && Lexicon.ORGANISATION_WORDS.containsKey(s.lower(k + 1))) {
                    k++; // "International Energy Agency"
                }
                int end = legalFormAfter(s, k + 1, b);
                // "Bank of England", "Ministry of Defence"
                // after a legal form, "and" joins a second company ("... International Inc and Merrill Lynch ...")
                boolean complete = ArticleActors.isLegalForm(s.lower(end - 1));
                while (end < s.size() && isConnector(s.lower(end)) && isNameToken(s, end + 1)
                        && !(complete && !s.lower(end).equals("of"))) {
                    end = nameRunFrom(s, end + 1);
                    for (int t = k + 1; t < end; t++) {
                        if (isStandaloneTitle(s.lower(t))) {
                            end = t; // "Bureau of Consumer Protection Director William Smith"
                            break;
                        }
                    }
                }
                return end;
            }
            if (isStandaloneTitle(w)) {
                return j;
            }
        }
        // A one-word run that is an organisation word alone ("Ministry") is not a name.
        return j;
    }

    /**
     * The end of a company name that goes on past its first organisation word to a legal form later in the same run
     * ("Algemene Bank Nederland NV", "Data Resources Europe Inc": a place inside is part of the name), else
     * {@code from}.
     */
    private static int legalFormAfter(TaggedSentence s, int from, int b) {
        if (from > 0 && ArticleActors.isLegalForm(s.lower(from - 1))) {
            return from; // "Bally Manufacturing Corp's Scientific Games Inc": a second company
        }
        for (int m = from; m < b; m++) {
            String w = s.lower(m);
            if (isStandaloneTitle(w) || w.equals("'s") || isConnector(w)) {
                return from;
            }
            if (ArticleActors.isLegalForm(w)) {
                return m + 1;
            }
        }
        return from;
    }

    static boolean isStandaloneTitle(String w) {
        return Lexicon.TITLE_WORDS.contains(w) && !Lexicon.TITLE_MODIFIERS.contains(w);
    }

    static boolean isNoun(TaggedSentence s, int t) {
        String tag = s.tag(t);
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    static boolean isNounOrAdjective(TaggedSentence s, int t) {
        String tag = s.tag(t);
        return tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN")
                || tag.equals("VERB") && s.lower(t).endsWith("ing");
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    static boolean isActorPosition(TaggedSentence s, int from, int to) {
        String next = s.lower(to);
        if (Lexicon.STATEMENT_VERBS.contains(next)) {
            return true;
        }
        if ((next.equals("has") || next.equals("have") || next.equals("had") || next.equals("will"))
                && Lexicon.STATEMENT_VERBS.contains(s.lower(to + 1))) {
            return true;
        }
        if (next.equals("'s") && Lexicon.RELATION_NOUNS.contains(s.lower(to + 1))) {
            return true;
        }
        String before = s.lower(from - 1);
        if (before.equals("with") || before.equals("between") || before.equals("against") || before.equals("from")
                || before.equals("and") || before.equals("on") || before.equals("to")) {
            return Lexicon.RELATION_NOUNS.contains(s.lower(from - 2))
                    || Lexicon.RELATION_NOUNS.contains(s.lower(from - 3));
        }
        return false;
    }

    /** "North Korean troops", "Ukrainian special forces", "South Korean intelligence". */
    static void forceOrAgency(TaggedSentence s, Mention demonym, List<Mention> out) {
        List<String> modifiers = new ArrayList<>(2);
        for (int t = demonym.to; t < Math.min(s.size(), demonym.to + 3); t++) {
            String w = s.lower(t);
            if (s.isCapitalised(t) || !isNounOrAdjective(s, t)) {
                return;
            }
            boolean head = !isNoun(s, t + 1) || s.isCapitalised(t + 1);
            if (head && Lexicon.FORCE_NOUNS.contains(w)) {
                modifiers.remove("military");
                modifiers.remove("armed");
                String name = demonym.seenAs + " " + (modifiers.isEmpty() ? "" : String.join(" ", modifiers) + " ")
                        + "forces";
                out.add(new Mention(demonym.from, t + 1, Mention.Kind.ARMED_FORCE, name, ActorType.ARMED_FORCE,
                        demonym.countryCode, null, s.span(demonym.from, t + 1)));
                return;
            }
            boolean agencyHead = head || s.lower(t + 1).equals("agency") || s.lower(t + 1).equals("service")
                    || s.lower(t + 1).equals("services");
            if (w.equals("intelligence") && agencyHead && modifiers.isEmpty()) {
                int end = head ? t + 1 : t + 2;
                String seen = s.span(demonym.from, end);
                String name = Lexicon.NATIONAL_INTELLIGENCE_AGENCIES.getOrDefault(demonym.countryCode, seen);
                out.add(new Mention(demonym.from, end, Mention.Kind.INTELLIGENCE_AGENCY, name,
                        ActorType.INTELLIGENCE_AGENCY, demonym.countryCode, null, seen));
                return;
            }
            if (head) {
                return;
            }
            modifiers.add(w);
        }
    }
}
