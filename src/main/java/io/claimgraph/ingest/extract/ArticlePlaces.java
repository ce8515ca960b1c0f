package io.claimgraph.ingest.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places of one article, each once, with the forms the article used ("Kursk region" for Kursk Oblast).
 * A bare "Kursk" after "Kursk region" is the same place, not the city of Kursk: {@link #sameAsEarlier}.
 */
final class ArticlePlaces {

    private static final class Entry {
        final PlaceMention place;
        final Set<String> aliases = new LinkedHashSet<>();
        PlaceMention built;

        Entry(PlaceMention place) {
            this.place = place;
        }
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();

    void add(PlaceMention place, String seenAs) {
        Entry e = byKey.computeIfAbsent(key(place), k -> new Entry(place));
        if (seenAs != null && !ArticleActors.normalise(seenAs).equals(ArticleActors.normalise(place.name()))) {
            e.aliases.add(seenAs);
        }
    }

    /** A place already in the article that a one-word mention abbreviates ("Kursk" for "Kursk region"). */
    Optional<PlaceMention> sameAsEarlier(String word) {
        String prefix = ArticleActors.normalise(word) + " ";
        for (Entry e : byKey.values()) {
            if (ArticleActors.normalise(e.place.name()).startsWith(prefix)) {
                return Optional.of(e.place);
            }
            for (String alias : e.aliases) {
                if (ArticleActors.normalise(alias).startsWith(prefix)) {
                    return Optional.of(e.place);
                }
            }
        }
        return Optional.empty();
    }

    /** The finished place for a directory result, with the article's aliases. */
    PlaceMention built(PlaceMention place) {
        Entry e = byKey.get(key(place));
        if (e == null) {
            return place;
        }
        if (e.built == null) {
            List<String> aliases = new ArrayList<>(e.place.aliases() == null ? List.of() : e.place.aliases());
            for (String a : e.aliases) {
                if (!aliases.contains(a)) {
                    aliases.add(a);
                }
            }
            e.built = new PlaceMention(e.place.name(), e.place.type(), e.place.countryCode(), e.place.latitude(),
                    e.place.longitude(), e.place.parent(), List.copyOf(aliases));
        }
        return e.built;
    }

    List<PlaceMention> all() {
        List<PlaceMention> out = new ArrayList<>(byKey.size());
        for (Entry e : byKey.values()) {
            out.add(built(e.place));
        }
        return out;
    }

    private static String key(PlaceMention p) {
        return p.type() + ":" + p.countryCode() + ":" + ArticleActors.normalise(p.name());
    }
}
