package io.claimgraph.location;

import io.claimgraph.graphql.UniqueKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Finds the stored location for a gazetteer place (same name, type and country), creating it when there is
 * none, for ingest. Like {@link io.claimgraph.actor.ActorRegistry}: its own short transaction, retried when a
 * parallel ingest created the same place first, so no location is ever stored twice.
 */
@ApplicationScoped
public class LocationRegistry {

    private static final int ATTEMPTS = 3;

    public long idFor(String name, LocationType type, String countryCode, Double latitude, Double longitude,
            Long parentId, List<String> aliases) {
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> findOrCreate(name, type, countryCode, latitude, longitude, parentId, aliases));
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !UniqueKeys.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private static long findOrCreate(String name, LocationType type, String countryCode, Double latitude, Double longitude,
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
