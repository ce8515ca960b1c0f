package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import io.claimgraph.model.LocationType;
import java.util.List;
import java.util.Optional;

/**
 * The place side of {@link MentionScanner}: which part of a capitalised run the {@link PlaceDirectory} knows as a
 * place, a country or a demonym, when a city stands for its country's government (metonym), and "X's intelligence
 * agency" after a country. Kept apart so the scanner only decides where a name starts and ends and what kind it is.
 */
final class PlaceNames {

    private final PlaceDirectory places;

    PlaceNames(PlaceDirectory places) {
        this.places = places;
    }

    boolean isCountry(TaggedSentence s, int from, int to) {
        Optional<PlaceMention> p = places.lookup(s.span(from, to));
        return p.isPresent() && p.get().type() == LocationType.COUNTRY
                || HistoricalCountries.code(s.span(from, to)) != null;
    }

    Mention place(TaggedSentence s, int j, int b) {
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

    boolean startsLargePlace(TaggedSentence s, int k, int b) {
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
    void possessiveAgency(TaggedSentence s, Mention country, List<Mention> out) {
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

    Mention demonym(TaggedSentence s, int j, int b) {
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
}
