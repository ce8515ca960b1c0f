package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import io.claimgraph.model.LocationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the names in a sentence and says what each one is. Rules, in the order they apply inside a run of
 * capitalised words:
 * <ol>
 * <li><b>Organisations</b> end in an organisation word (Inc, Corp, Ltd, Agency, Ministry, Service, Institute, Bank,
 * Council, University, Partners, Group, ...; see {@link Lexicon#ORGANISATION_WORDS}), optionally followed by
 * "of X" ("Bank of England"). An organisation with Intelligence/Security in its name is an INTELLIGENCE_AGENCY.</li>
 * <li><b>Titles</b> (President, Minister, CEO, analyst, ...) are dropped from the name and mark the next name as a
 * person; a demonym in front of the title gives the person's country ("Ukrainian President Volodymyr
 * Zelensky").</li>
 * <li><b>Places</b> are the longest run the {@link PlaceDirectory} knows, with a trailing "region/province/oblast"
 * ("Kursk region"). A city-sized match at the start of a longer unknown run is a first name, not a place.</li>
 * <li><b>Demonyms</b> ("North Korean") link their country's STATE. Followed by a force noun as head
 * (troops/forces/soldiers/army) they name an ARMED_FORCE: "North Korean troops" is "North Korean forces",
 * "Ukrainian special forces" keeps its qualifier. Followed by "intelligence" as head they name the country's
 * intelligence agency.</li>
 * <li><b>"X's intelligence agency"</b> after a country is that country's agency (well-known ones by name from
 * {@link Lexicon#NATIONAL_INTELLIGENCE_AGENCIES}, others named from the text).</li>
 * <li><b>Metonyms</b>: a city in an actor position stands for its country's government, not for the place: as the
 * subject of a reporting verb ("Moscow said"), after a relation noun ("alliance with Moscow", "talks with
 * Beijing"), or before "'s government/position/...". It becomes the STATE with the city as alias.</li>
 * <li><b>People</b>: a remaining run of two to four capitalised words, or one after a title. A single word is
 * kept for later: a surname of someone already named, "the North" for North Korea, or an acronym or a name that
 * says something ("Reuters said") as an organisation.</li>
 * </ol>
 */
final class MentionScanner {

    private static final int MAX_RUN = 8;
    private static final Set<String> NAME_PARTICLES = Set.of(
            "van", "de", "der", "den", "von", "da", "di", "du", "dos", "del", "al", "bin", "ibn", "le", "la", "ter");

    private final PlaceDirectory places;

    MentionScanner(PlaceDirectory places) {
        this.places = places;
    }

    List<Mention> scan(TaggedSentence s) {
        List<Mention> out = new ArrayList<>();
        int n = s.size();
        int i = 0;
        while (i < n) {
            int bracketed = NameShapes.angleBracketEnd(s, i);
            if (bracketed > i) {
                // "<Halvorsen N.V.>" names a company; "<MNRA.S>" is its exchange code, no name at all
                if (!NameShapes.isTickerGroup(s, i + 1, bracketed - 1) && startsName(s, i + 1)) {
                    out.add(organisation(s, i + 1, bracketed - 1, null));
                }
                i = bracketed;
                continue;
            }
            if (!startsName(s, i)) {
                i++;
                continue;
            }
            int end = runEnd(s, i);
            segment(s, i, end, out);
            i = end;
        }
        return out;
    }

    private boolean startsName(TaggedSentence s, int i) {
        if (!NameShapes.isNameToken(s, i)) {
            return false;
        }
        boolean sentenceStart = i == 0 || s.token(i - 1).equals("\"") || s.token(i - 1).equals("(");
        if (!sentenceStart) {
            return true;
        }
        // Every sentence starts with a capital; only trust it when the tagger, the directory or an
        // organisation word further on ("Farmer-Citizen Movement leader ...") agrees.
        String w = s.token(i);
        int end = runEnd(s, i);
        return "PROPN".equals(s.tag(i)) || NameShapes.isTitle(s, i) || GivenNames.contains(w)
                || places.countryByDemonym(w).isPresent()
                || places.lookup(w).isPresent() || NameShapes.hasOrganisationWord(s, i + 1, end)
                || NameEvidence.speaks(s, end);
    }

    private int runEnd(TaggedSentence s, int start) {
        int j = start + 1;
        while (j < s.size() && j - start < MAX_RUN) {
            if (NameShapes.isNameToken(s, j)) {
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
                    && (NameShapes.hasOrganisationWord(s, start, j)
                            || NameShapes.hasOrganisationWord(s, j + 1, NameShapes.nameRunFrom(s, j + 1)))) {
                j++;
            } else {
                break;
            }
        }
        return j;
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
        if (close < 0 || !ArticleActors.isLegalForm(s.lower(close + 1).replace(".", ""))) {
            return j;
        }
        return close + 1;
    }

    private void segment(TaggedSentence s, int a, int b, List<Mention> out) {
        int j = a;
        boolean titled = false;
        String titleCountry = null;
        while (j < b) {
            int org = NameShapes.organisationEnd(s, j, b);
            if (org > j && isCountry(s, j, org)) {
                org = j; // "Soviet Union", "United Arab Emirates": a country, whatever its last word
            }
            if (org > j) {
                out.add(organisation(s, j, org, titleCountry));
                j = org;
                continue;
            }
            if (NameShapes.isTitle(s, j) && !(j + 1 < b && NameShapes.isConnector(s.lower(j + 1)))) {
                // "Labour Day": a portfolio word alone ("Labour", "Finance") makes no title
                titled = NameShapes.isStandaloneTitle(s.lower(j).replace(".", "")) || titled;
                j++;
                continue;
            }
            Mention demonym = demonym(s, j, b);
            Mention longerPlace = demonym == null || titled ? null : place(s, j, b);
            if (demonym != null && (longerPlace == null || longerPlace.to <= demonym.to)) {
                out.add(demonym);
                titleCountry = demonym.countryCode;
                j = demonym.to;
                if (j >= b) {
                    NameShapes.forceOrAgency(s, demonym, out);
                }
                continue;
            }
            if (!titled && givenNameFirst(s, j, b)) {
                // "Paul Spedding": a given name that is also some town, before a surname that is no place
                int k = j + 1;
                while (k < b && !NameShapes.isTitle(s, k) && demonym(s, k, b) == null && !startsLargePlace(s, k, b)) {
                    k++;
                }
                String text = s.span(j, k);
                out.add(new Mention(j, k, Mention.Kind.PERSON, text, ActorType.PERSON, titleCountry, null, text));
                j = k;
                continue;
            }
            if (!titled) {
                Mention place = place(s, j, b);
                if (place != null) {
                    out.add(place);
                    j = Math.min(place.to, b);
                    if (place.kind == Mention.Kind.PLACE && place.to >= b) {
                        possessiveAgency(s, place, out);
                    }
                    continue;
                }
            }
            int k = j + 1;
            // A name runs up to a title or up to a place or demonym that follows it ("Neighbouring Bulgaria").
            while (k < b && !NameShapes.isTitle(s, k) && demonym(s, k, b) == null && !startsLargePlace(s, k, b)) {
                k++;
            }
            if (k == j) {
                k = j + 1;
            }
            Mention name = name(s, j, k, titled, titleCountry);
            if (name != null) {
                out.add(name);
            }
            titled = false;
            j = k;
        }
    }

    private boolean givenNameFirst(TaggedSentence s, int j, int b) {
        if (j + 1 >= b || !GivenNames.contains(s.token(j)) || !NameShapes.isNameToken(s, j + 1)) {
            return false;
        }
        Mention first = place(s, j, b);
        if (first != null && (first.to > j + 1 || first.place == null || first.place.type() == LocationType.COUNTRY)) {
            return false; // "Jordan Valley", "Georgia"
        }
        return place(s, j + 1, b) == null && demonym(s, j + 1, b) == null && !NameShapes.isTitle(s, j + 1)
                && !Lexicon.ORGANISATION_WORDS.containsKey(s.lower(j + 1));
    }

    private boolean isCountry(TaggedSentence s, int from, int to) {
        Optional<PlaceMention> p = places.lookup(s.span(from, to));
        return p.isPresent() && p.get().type() == LocationType.COUNTRY
                || HistoricalCountries.code(s.span(from, to)) != null;
    }

    private Mention organisation(TaggedSentence s, int from, int to, String country) {
        String name = s.span(from, to);
        ActorType type = ActorType.ORGANIZATION;
        for (int k = to - 1; k >= from; k--) {
            ActorType t = Lexicon.ORGANISATION_WORDS.get(s.lower(k));
            if (t != null) {
                type = t;
                break;
            }
        }
        for (int k = from; k < to; k++) {
            if (Lexicon.INTELLIGENCE_WORDS.contains(s.lower(k))) {
                type = ActorType.INTELLIGENCE_AGENCY;
            }
        }
        String cc = country;
        if (cc == null) {
            cc = places.countryByDemonym(s.token(from)).map(PlaceMention::countryCode).orElse(null);
        }
        return new Mention(from, to, Mention.Kind.ORGANISATION, name, type, cc, null, name);
    }

    private Mention place(TaggedSentence s, int j, int b) {
        int max = Math.min(b, j + Math.max(1, places.maxNameTokens()));
        for (int k = max; k > j; k--) {
            if (k == b && b < s.size() && Lexicon.PLACE_SUFFIXES.contains(s.lower(b))) {
                Optional<PlaceMention> withSuffix = places.lookup(s.span(j, b + 1));
                if (withSuffix.isPresent()) {
                    return placeMention(s, j, b + 1, withSuffix.get());
                }
            }
            Optional<PlaceMention> found = places.lookup(s.span(j, k));
            if (found.isEmpty()) {
                String code = HistoricalCountries.code(s.span(j, k));
                found = code == null ? found : places.country(code);
            }
            if (found.isEmpty()) {
                continue;
            }
            PlaceMention p = found.get();
            if (places.isCommonWord(s.span(j, k)) && (j == 0 || !"PROPN".equals(s.tag(j)))) {
                continue;
            }
            boolean small = p.type() == LocationType.CITY || p.type() == LocationType.OTHER;
            // "Maria Keller": a town called Maria is less likely than a first name.
            if (small && k < b && !startsKnownThing(s, k, b)) {
                return null;
            }
            if (small && k == b && k - j == 1 && j > 0 && NameShapes.isNameToken(s, j - 1)
                    && !NameShapes.isTitle(s, j - 1)) {
                return null;
            }
            return placeMention(s, j, k, p);
        }
        return null;
    }

    private boolean startsLargePlace(TaggedSentence s, int k, int b) {
        Mention place = place(s, k, b);
        return place != null && place.place != null && place.place.type() != LocationType.CITY
                && place.place.type() != LocationType.OTHER;
    }

    private boolean startsKnownThing(TaggedSentence s, int k, int b) {
        return NameShapes.isTitle(s, k) || Lexicon.ORGANISATION_WORDS.containsKey(s.lower(k))
                || places.lookup(s.token(k)).isPresent() || places.countryByDemonym(s.token(k)).isPresent();
    }

    private Mention placeMention(TaggedSentence s, int from, int to, PlaceMention p) {
        String seen = s.span(from, to);
        if (p.type() != LocationType.COUNTRY && NameShapes.isActorPosition(s, from, to)) {
            Optional<PlaceMention> state = places.country(p.countryCode());
            if (state.isPresent()) {
                return new Mention(from, to, Mention.Kind.METONYM, state.get().name(), ActorType.STATE,
                        p.countryCode(), state.get(), seen);
            }
        }
        return new Mention(from, to, Mention.Kind.PLACE, p.name(),
                p.type() == LocationType.COUNTRY ? ActorType.STATE : null,
                p.countryCode(), p, seen);
    }

    /** "South Korea's intelligence agency" → the country's intelligence agency. */
    private void possessiveAgency(TaggedSentence s, Mention country, List<Mention> out) {
        if (country.place == null || country.place.type() != LocationType.COUNTRY) {
            return;
        }
        int t = country.to;
        if (!s.lower(t).equals("'s")) {
            return;
        }
        String w1 = s.lower(t + 1);
        String w2 = s.lower(t + 2);
        boolean agency = (w1.equals("intelligence") || w1.equals("spy") || w1.equals("security"))
                && (w2.equals("agency") || w2.equals("service") || w2.equals("services"));
        if (agency) {
            String cc = country.countryCode;
            String seen = s.span(country.from, t + 3);
            String name = Lexicon.NATIONAL_INTELLIGENCE_AGENCIES.getOrDefault(cc, seen);
            out.add(new Mention(country.from, t + 3, Mention.Kind.INTELLIGENCE_AGENCY, name,
                    ActorType.INTELLIGENCE_AGENCY, cc, null, seen));
        }
    }

    private Mention demonym(TaggedSentence s, int j, int b) {
        for (int len = Math.min(2, b - j); len >= 1; len--) {
            String words = s.span(j, j + len);
            Optional<PlaceMention> country = places.countryByDemonym(words);
            if (country.isPresent()) {
                PlaceMention c = country.get();
                return new Mention(j, j + len, Mention.Kind.DEMONYM, c.name(), ActorType.STATE, c.countryCode(), c,
                        words);
            }
        }
        return null;
    }

    /**
     * A capitalised run that is no organisation, place or demonym. It is a PERSON only with evidence of a person: a
     * title before it, a common given name first, a middle initial, or an apposition after it that describes a
     * person (", who ...", ", an analyst at ..."). A longer run without that evidence that speaks ("Shearson Lehman
     * Brothers said") is an organisation; any other is left alone ("Labour Day").
     */
    private Mention name(TaggedSentence s, int j, int k, boolean titled, String country) {
        int len = k - j;
        String text = s.span(j, k);
        if (s.lower(j).equals("the") || s.lower(j).equals("a")) {
            return null; // "The Hague" unknown to the directory is still no person
        }
        if (titled || (len >= 2 && len <= 4 && NameEvidence.personEvidence(s, j, k))) {
            return new Mention(j, k, Mention.Kind.PERSON, text, ActorType.PERSON, country, null, text);
        }
        if (len == 1) {
            return new Mention(j, k, Mention.Kind.SINGLE_NAME, text, null, country, null, text);
        }
        if (len <= 5 && (NameEvidence.speaks(s, k) || NameEvidence.organisationApposition(s, k))) {
            return new Mention(j, k, Mention.Kind.ORGANISATION, text, ActorType.ORGANIZATION, country, null, text);
        }
        return null;
    }

}
