package io.claimgraph.location;

import io.claimgraph.model.Location;
import io.claimgraph.model.LocationType;
import io.claimgraph.store.KeyRaces;
import io.claimgraph.text.KnownIds;
import io.claimgraph.text.NameKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Finds the stored location for a gazetteer place (same name, type and country), creating it when there is
 * none, for ingest. Like {@link io.claimgraph.actor.ActorRegistry}: its own short transaction, retried when a
 * parallel ingest created the same place first, so no location is ever stored twice. Resolved places are
 * remembered ({@link KnownIds}) like actors are.
 */
@ApplicationScoped
public class LocationRegistry {

    private static final int ATTEMPTS = 3;

    private final KnownIds known = new KnownIds(50_000);

    public long idFor(String name, LocationType type, String countryCode, Double latitude, Double longitude,
            Long parentId, List<String> aliases) {
        String key = type + "|" + countryCode + "|" + NameKey.of(name) + "|" + parentId + "|"
                + String.join("|", aliases);
        return known.get(key,
                () -> findOrCreateCommitted(name, type, countryCode, latitude, longitude, parentId, aliases));
    }

    /** Drops every remembered id: called after locations are edited or deleted. */
    public void forgetKnownIds() {
        known.forget();
    }

    private static long findOrCreateCommitted(String name, LocationType type, String countryCode, Double latitude,
            Double longitude, Long parentId, List<String> aliases) {
        return KeyRaces.inNewTransaction(ATTEMPTS, KeyRaces.UNIQUE_KEY,
                retry -> findOrCreate(name, type, countryCode, latitude, longitude, parentId, aliases));
    }

    private static long findOrCreate(String name, LocationType type, String countryCode, Double latitude,
            Double longitude,
            Long parentId, List<String> aliases) {
        Location location = Location.findByNaturalKey(name, type, countryCode).orElse(null);
        if (location == null) {
            location = new Location();
            location.name = name.strip();
            location.type = type;
            location.countryCode = countryCode;
            location.latitude = latitude;
            location.longitude = longitude;
            location.parent = parentId == null ? null : Location.findById(parentId);
            location.persist();
        }
        for (String alias : aliases) {
            if (!alias.isBlank()) {
                LocationService.addAliasIfNew(location, alias);
            }
        }
        Location.flush();
        return location.id;
    }
}
