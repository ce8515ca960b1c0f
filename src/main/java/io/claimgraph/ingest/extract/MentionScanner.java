package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import io.claimgraph.model.LocationType;
import java.util.ArrayList;
import java.util.List;

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
 * Places, demonyms, metonyms and possessive agencies are read by {@link PlaceNames}.
 */
final class MentionScanner {

    private final PlaceDirectory places;
    private final PlaceNames placeNames;
    private final NameRuns runs;

    MentionScanner(PlaceDirectory places) {
        this.places = places;
        this.placeNames = new PlaceNames(places);
        this.runs = new NameRuns(places);
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
            if (pluralBeforeOf(s, i)) {
                i += 2; // "Shares of Polaroid Corp rose": the sentence's first noun is no part of the name
                continue;
            }
            int end = runs.end(s, i);
            segment(s, i, end, out);
            i = end;
        }
        return out;
    }

    /** "Shares of Polaroid Corp", "Holders of X Inc": a plural opening the sentence before a company's name. */
    private boolean pluralBeforeOf(TaggedSentence s, int i) {
        String w = s.lower(i);
        if (i != 0 || !w.endsWith("s") || w.endsWith("ss") || !s.lower(1).equals("of") || !startsName(s, 2)
                || Lexicon.ORGANISATION_WORDS.containsKey(w)) {
            return false;
        }
        int end = runs.end(s, 2);
        return ArticleActors.isLegalForm(s.lower(end - 1));
    }

    private boolean startsName(TaggedSentence s, int i) {
        if (!NameShapes.isNameToken(s, i) || NameShapes.capitalAfterAbbreviation(s, i)) {
            return false;
        }
        boolean sentenceStart = i == 0 || s.token(i - 1).equals("\"") || s.token(i - 1).equals("(");
        if (!sentenceStart) {
            return true;
        }
        // Every sentence starts with a capital; only trust it when the tagger, the directory or an
        // organisation word further on ("Farmer-Citizen Movement leader ...") agrees.
        String w = s.token(i);
        int end = runs.end(s, i);
        if (end == i + 1 && Lexicon.UNNAMED_SOURCE_HEADS.contains(s.lower(i))) {
            return false; // "Bankers said": a source noun that opens the sentence
        }
        return "PROPN".equals(s.tag(i)) || NameShapes.isTitle(s, i) || GivenNames.contains(w)
                || places.countryByDemonym(w).isPresent()
                || places.lookup(w).isPresent() || NameShapes.hasOrganisationWord(s, i + 1, end)
                || NameEvidence.speaks(s, end);
    }

    private void segment(TaggedSentence s, int a, int b, List<Mention> out) {
        int j = a;
        boolean titled = false;
        String titleCountry = null;
        while (j < b) {
            int org = NameShapes.organisationEnd(s, j, b);
            if (org > j && placeNames.isCountry(s, j, org)) {
                org = j; // "Soviet Union", "United Arab Emirates": a country, whatever its last word
            }
            if (org > j) {
                out.add(organisation(s, j, org, titleCountry));
                j = org;
                while (j < b && (s.token(j).equals("'s") || NameShapes.isConnector(s.lower(j)))) {
                    j++; // "Bally Manufacturing Corp's Scientific Games Inc", "X Inc and Y Co": a second company
                }
                continue;
            }
            if (NameShapes.isTitle(s, j) && !(j + 1 < b && NameShapes.isConnector(s.lower(j + 1)))) {
                // "Labour Day": a portfolio word alone ("Labour", "Finance") makes no title
                titled = NameShapes.isStandaloneTitle(s.lower(j).replace(".", "")) || titled;
                j++;
                continue;
            }
            Mention demonym = placeNames.demonym(s, j, b);
            Mention longerPlace = demonym == null || titled ? null : placeNames.place(s, j, b);
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
                int k = nameEnd(s, j, b, true);
                String text = s.span(j, k);
                out.add(new Mention(j, k, Mention.Kind.PERSON, text, ActorType.PERSON, titleCountry, null, text));
                j = k;
                continue;
            }
            if (!titled) {
                Mention place = placeNames.place(s, j, b);
                if (place != null) {
                    out.add(place);
                    j = Math.min(place.to, b);
                    if (place.kind == Mention.Kind.PLACE && place.to >= b) {
                        placeNames.possessiveAgency(s, place, out);
                    }
                    continue;
                }
            }
            int k = nameEnd(s, j, b, titled);
            int given = titled ? k : givenNameInside(s, j, k);
            if (given < k) {
                // "Chancellor of the Exchequer Nigel Lawson": the end of a title, then the person who holds it
                Mention before = name(s, j, given, false, titleCountry);
                if (before != null) {
                    out.add(before);
                }
                String text = s.span(given, k);
                out.add(new Mention(given, k, Mention.Kind.PERSON, text, ActorType.PERSON, titleCountry, null, text));
                j = k;
                continue;
            }
            Mention name = name(s, j, k, titled, titleCountry);
            if (name != null) {
                out.add(name);
            }
            titled = false;
            j = k;
        }
    }

    /**
     * Where a name that starts at {@code j} ends: up to a title, or up to a place or demonym that follows it
     * ("Neighbouring Bulgaria"). A place that is no country is still the surname after a lone first name of a person
     * ("Information Minister Marco Lara", "Chairman Shoichi Saba"), a hyphen ("Guido Schmidt-Chiari") or a particle
     * ("Ramon del Rosario").
     */
    private int nameEnd(TaggedSentence s, int j, int b, boolean person) {
        int k = j + 1;
        while (k < b && !NameShapes.isTitle(s, k) && placeNames.demonym(s, k, b) == null
                && (!placeNames.startsLargePlace(s, k, b) || surnameThatIsAPlace(s, j, k, b, person))) {
            k++;
        }
        return k;
    }

    private boolean surnameThatIsAPlace(TaggedSentence s, int j, int k, int b, boolean person) {
        boolean afterFirstName = k == j + 1 && (person || GivenNames.contains(s.token(j)));
        boolean afterParticle = k > j + 1
                && (s.token(k - 1).equals("-") || NameRuns.NAME_PARTICLES.contains(s.lower(k - 1)));
        return (afterFirstName || afterParticle)
                && !placeNames.isCountry(s, k, placeNames.place(s, k, b).to);
    }

    /** The first common given name after the run's first word that a surname follows, else {@code k}. */
    private int givenNameInside(TaggedSentence s, int j, int k) {
        for (int g = j + 1; g + 1 < k; g++) {
            if (givenNameFirst(s, g, k) && !s.token(g - 1).equals("-")) { // "Jean-Marc Lucq" is one person
                return g;
            }
        }
        return k;
    }

    private boolean givenNameFirst(TaggedSentence s, int j, int b) {
        if (j + 1 >= b || !GivenNames.contains(s.token(j)) || !NameShapes.isNameToken(s, j + 1)) {
            return false;
        }
        Mention first = placeNames.place(s, j, b);
        if (first != null && (first.to > j + 1 || first.place == null || first.place.type() == LocationType.COUNTRY)) {
            return false; // "Jordan Valley", "Georgia"
        }
        return placeNames.place(s, j + 1, b) == null && placeNames.demonym(s, j + 1, b) == null
                && !NameShapes.isTitle(s, j + 1)
                && !Lexicon.ORGANISATION_WORDS.containsKey(s.lower(j + 1));
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
