package io.claimgraph.ingest.extract;

import io.claimgraph.location.Gazetteer;
import io.claimgraph.location.GazetteerPlace;
import io.claimgraph.model.LocationType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The project gazetteer as a {@link PlaceDirectory}. Answers are memoised: the scanner asks about the same short
 * capitalised n-grams in every article, and a miss costs as much as a hit.
 */
public final class GazetteerPlaceDirectory implements PlaceDirectory {

    /** Bounds the memo: capitalised n-grams from an unbounded stream of articles would grow it forever. */
    private static final int MAX_CACHED = 200_000;

    private final Gazetteer gazetteer;
    private final Map<String, Optional<PlaceMention>> lookups = new ConcurrentHashMap<>();
    private final Map<String, Optional<PlaceMention>> demonyms = new ConcurrentHashMap<>();
    private final Map<GazetteerPlace, PlaceMention> converted = new ConcurrentHashMap<>();

    public GazetteerPlaceDirectory(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The directory over the gazetteer shipped in the application resources. */
    public static GazetteerPlaceDirectory fromClasspath() {
        return new GazetteerPlaceDirectory(Gazetteer.fromClasspath());
    }

    @Override
    public Optional<PlaceMention> lookup(String mention) {
        // Keyed by the mention as written: the matching key (Unicode decomposition) costs more than the lookup.
        Optional<PlaceMention> known = lookups.get(mention);
        if (known == null) {
            known = best(mention, Gazetteer.key(mention)).map(this::toMention);
            if (lookups.size() < MAX_CACHED) {
                lookups.put(mention, known);
            }
        }
        return known;
    }

    /**
     * The gazetteer ranks a region before a city of the same name. Written bare, "Bucharest", "Lisbon" or "Jakarta"
     * nearly always means the city, so a city of at least 100,000 people called exactly that wins over its region.
     * A region named with its suffix ("Kursk region") has no such city and stays a region.
     */
    private Optional<GazetteerPlace> best(String mention, String key) {
        List<GazetteerPlace> candidates = gazetteer.candidates(mention);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        GazetteerPlace first = candidates.get(0);
        if (first.type() == LocationType.REGION && !named(first, key) && !hasRegionWord(key)) {
            // "Gulf" is not "Gulf Province" unless the text says province (or region, oblast ...)
            first = candidates.stream().filter(c -> named(c, key)).findFirst().orElse(null);
            if (first == null) {
                return Optional.empty();
            }
        }
        if (first.type() == LocationType.REGION) {
            for (GazetteerPlace c : candidates) {
                if (c.type() == LocationType.CITY && c.population() >= 100_000
                        && c.countryCode().equals(first.countryCode())
                        && named(c, key)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.of(first);
    }

    private static final Set<String> REGION_WORDS = Set.of(
            "region", "province", "oblast", "state", "county", "district", "prefecture", "governorate", "krai",
            "territory",
            "republic", "okrug", "department", "canton", "voivodeship");

    private static boolean hasRegionWord(String key) {
        for (String word : key.split(" ")) {
            if (REGION_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(GazetteerPlace place, String key) {
        if (Gazetteer.key(place.name()).equals(key)) {
            return true;
        }
        for (String alternate : place.alternateNames()) {
            if (Gazetteer.key(alternate).equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<PlaceMention> countryByDemonym(String demonym) {
        Optional<PlaceMention> known = demonyms.get(demonym);
        if (known == null) {
            known = gazetteer.countryByDemonym(demonym).map(this::toMention);
            if (demonyms.size() < MAX_CACHED) {
                demonyms.put(demonym, known);
            }
        }
        return known;
    }

    @Override
    public Optional<PlaceMention> country(String iso2) {
        return gazetteer.country(iso2).map(this::toMention);
    }

    @Override
    public boolean isCommonWord(String mention) {
        return gazetteer.isCommonWord(mention);
    }

    @Override
    public int maxNameTokens() {
        return gazetteer.maxNameTokens();
    }

    private PlaceMention toMention(GazetteerPlace place) {
        PlaceMention done = converted.get(place);
        if (done != null) {
            return done;
        }
        PlaceMention parent = gazetteer.parentOf(place).map(this::toMention).orElse(null);
        Double lat = place.hasCoordinates() ? place.latitude() : null;
        Double lon = place.hasCoordinates() ? place.longitude() : null;
        // Aliases are the forms the article uses; the gazetteer's own alternate names (dozens for big places) stay there.
        PlaceMention mention = new PlaceMention(place.name(), place.type(), place.countryCode(), lat, lon, parent,
                List.of());
        converted.putIfAbsent(place, mention);
        return mention;
    }
}
