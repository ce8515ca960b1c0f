package io.claimgraph.ingest.extract;

import io.claimgraph.model.LocationType;
import java.util.List;
import java.util.Optional;

/**
 * Stage 8: places. Every PLACE mention the scanner resolved against the gazetteer becomes a location of the article
 * (a country is both a location here and a STATE actor in {@link ActorRegistration}). Capitals standing for their
 * government were already taken out as metonyms. A one-word city match that abbreviates a longer place the article
 * names ("the Kursk frontline" after "the Kursk region") is that place, not the city.
 */
public final class PlaceResolver {

    void register(List<List<Mention>> mentionsBySentence, ArticlePlaces places) {
        for (List<Mention> mentions : mentionsBySentence) {
            for (Mention m : mentions) {
                if (m.kind == Mention.Kind.PLACE && !isBareCity(m)) {
                    places.add(m.place, m.seenAs);
                }
            }
        }
        for (List<Mention> mentions : mentionsBySentence) {
            for (Mention m : mentions) {
                if (m.kind == Mention.Kind.PLACE && isBareCity(m)) {
                    Optional<PlaceMention> earlier = places.sameAsEarlier(m.seenAs);
                    earlier.ifPresent(p -> m.place = p);
                    places.add(m.place, m.seenAs);
                }
            }
        }
    }

    private static boolean isBareCity(Mention m) {
        LocationType type = m.place.type();
        return m.to - m.from == 1 && type != LocationType.COUNTRY && type != LocationType.REGION;
    }
}
