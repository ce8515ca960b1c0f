package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import java.util.Set;

/**
 * Part of {@link MentionScanner}: where a run of name words ends, through the joints a name may have inside it
 * ("J.P. Morgan", "Harbour Equity (Asia) Ltd", "Caroline van Rijn", "Bank of England", "Standard and Poor's Corp").
 */
final class NameRuns {

    private static final int MAX_RUN = 8;
    static final Set<String> NAME_PARTICLES = Set.of(
            "van", "de", "der", "den", "von", "da", "di", "du", "dos", "del", "al", "bin", "ibn", "le", "la", "ter");

    private final PlaceDirectory places;

    NameRuns(PlaceDirectory places) {
        this.places = places;
    }

    /** The end (exclusive) of the run of name words that starts at {@code start}. */
    int end(TaggedSentence s, int start) {
        int j = start + 1;
        while (j < s.size() && j - start < MAX_RUN) {
            if (NameShapes.isNameToken(s, j) && !NameShapes.capitalAfterAbbreviation(s, j)) {
                j++;
            } else if (s.token(j).equals("-") && s.ends()[j - 1] == s.starts()[j] && j + 1 < s.size()
                    && s.ends()[j] == s.starts()[j + 1] && NameShapes.isNameToken(s, j + 1)) {
                j++; // "GreenLeft-Labour", split by the tokenizer
            } else if (s.token(j).equals("-") && s.ends()[j - 1] == s.starts()[j] && j + 1 < s.size()
                    && s.ends()[j] == s.starts()[j + 1] && NameShapes.isNameToken(s, j - 1)
                    && NameShapes.isLowerWord(s.token(j + 1))
                    && s.token(j + 1).length() <= 4) {
                j += 2; // "Kim Mahn-je": a given name's second syllable
            } else if (s.token(j).equals(".") && s.ends()[j - 1] == s.starts()[j]
                    && NameShapes.INITIALS.matcher(s.token(j - 1)).matches()
                    && NameShapes.isNameToken(s, j + 1)) {
                j++; // "J.P. Morgan", "Frank N. Newman": the tokenizer splits the initial's last dot off
            } else if (parenthesisedPartEnd(s, j) > j) {
                j = parenthesisedPartEnd(s, j); // "Harbour Equity (Asia) Ltd": a part of the company's name
            } else if (NAME_PARTICLES.contains(s.token(j)) && j > start && (NameShapes.isNameToken(s, j + 1)
                    || s.token(j + 1).equals("-") && s.ends()[j] == s.starts()[j + 1]
                            && NameShapes.isNameToken(s, j + 2))) {
                j++; // "Caroline van Rijn", "Jan de Boer", "Faisal al-Rashid"
            } else if (NameShapes.isConnector(s.lower(j)) && NameShapes.isNameToken(s, j + 1)
                    && !personBefore(s, start, j)
                    && (NameShapes.hasOrganisationWord(s, start, j)
                            || NameShapes.hasOrganisationWord(s, j + 1, runThroughPossessive(s, j + 1)))) {
                j++;
            } else if (possessiveInCompanyName(s, start, j)) {
                j++; // "Moody's Investors Service Inc", "Standard and Poor's Corp": the possessive is the name's
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * "David Wyss of Data Resources Inc": a given name and a surname or two (after any title) before "of" are a person,
     * and the organisation after "of" is where the person works, not part of one name; before "and", a titled person
     * and whoever follows are two.
     */
    private static boolean personBefore(TaggedSentence s, int start, int connector) {
        int first = start;
        while (first < connector && NameShapes.isTitle(s, first)) {
            first++;
        }
        int words = connector - first;
        if (s.lower(connector).equals("and")) {
            // "Treasury Secretary James Baker and Federal Reserve Board Chairman Paul Volcker": two people
            for (int f = connector - 3; f <= connector - 2; f++) {
                if (f >= start && GivenNames.contains(s.token(f)) && (f == start || NameShapes.isTitle(s, f - 1))
                        && !NameShapes.hasOrganisationWord(s, f, connector)) {
                    return true;
                }
            }
            return false;
        }
        return words >= 2 && words <= 3 && s.lower(connector).equals("of") && GivenNames.contains(s.token(first))
                && !NameShapes.hasOrganisationWord(s, first, connector);
    }

    /** The end of the name run from {@code j}, through a possessive that belongs to a company's name. */
    private int runThroughPossessive(TaggedSentence s, int j) {
        int end = NameShapes.nameRunFrom(s, j);
        return possessiveInCompanyName(s, j, end) ? NameShapes.nameRunFrom(s, end + 1) : end;
    }

    /**
     * Whether the "'s" at {@code j} is part of a company's name: the words after it end in a legal form ("Poor's
     * Corp") or name a paper ("People's Daily") and the words before it are not a place ("Britain's Imperial Chemical Industries Plc").
     */
    private boolean possessiveInCompanyName(TaggedSentence s, int start, int j) {
        if (j <= start || j + 1 >= s.size() || !s.token(j).equals("'s") || s.ends()[j - 1] != s.starts()[j]
                || !NameShapes.isNameToken(s, j + 1)) {
            return false;
        }
        int end = NameShapes.nameRunFrom(s, j + 1);
        String last = s.lower(end - 1).replace(".", "");
        if (!ArticleActors.isLegalForm(last) && Lexicon.ORGANISATION_WORDS.get(last) != ActorType.MEDIA_OUTLET) {
            return false; // "Poor's Corp", "People's Daily"
        }
        String before = s.span(start, j);
        return places.lookup(before).isEmpty() && places.countryByDemonym(before).isEmpty();
    }

    /**
     * After "(Asia)" or "(U.K.)" inside a company name, the token after the closing bracket when a legal form follows
     * it ("Ltd", "Inc"), else {@code j}.
     */
    private static int parenthesisedPartEnd(TaggedSentence s, int j) {
        if (!s.token(j).equals("(") || !NameShapes.isNameToken(s, j + 1)) {
            return j;
        }
        int close = s.token(j + 2).equals(")") ? j + 2 : s.token(j + 3).equals(")") ? j + 3 : -1;
        if (close < 0 || !ArticleActors.isLegalForm(s.lower(close + 1))) {
            return j;
        }
        return close + 1;
    }
}
