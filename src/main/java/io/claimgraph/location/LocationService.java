package io.claimgraph.location;

import io.claimgraph.error.BadUserInputException;
import io.claimgraph.error.ConflictException;
import io.claimgraph.error.InputValidator;
import io.claimgraph.model.Location;
import io.claimgraph.model.LocationAlias;
import io.claimgraph.store.Lookups;
import io.claimgraph.store.UniqueKeys;
import io.claimgraph.text.NameKey;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/**
 * Editing locations by hand. The rule for deleting: a location that claims still reference, or that is the
 * parent of other locations, is refused with CONFLICT; detach it first. Its article links and aliases go with it.
 */
@ApplicationScoped
public class LocationService {

    private final InputValidator validator;
    private final LocationRegistry registry;

    public LocationService(InputValidator validator, LocationRegistry registry) {
        this.validator = validator;
        this.registry = registry;
    }

    @Transactional
    public Location create(LocationInput input) {
        validator.check("input", input);
        Location location = new Location();
        apply(location, input);
        refuseTakenKey(location, null);
        location.persist();
        replaceAliases(location, input.aliases);
        UniqueKeys.flushOrConflict("input.name", taken(location));
        return location;
    }

    @Transactional
    public Location update(String id, LocationInput input) {
        Location location = require("id", id);
        validator.check("input", input);
        registry.forgetKnownIds();
        apply(location, input);
        refuseTakenKey(location, location.id);
        if (input.aliases != null) {
            replaceAliases(location, input.aliases);
        }
        UniqueKeys.flushOrConflict("input.name", taken(location));
        return location;
    }

    @Transactional
    public boolean delete(String id) {
        Location location = require("id", id);
        EntityManager em = Panache.getEntityManager();
        long claims = em.createQuery("select count(c) from Claim c join c.locations l where l.id = :id", Long.class)
                .setParameter("id", location.id).getSingleResult();
        if (claims > 0) {
            throw new ConflictException("id", "Location '" + location.name + "' is still referenced by " + claims
                    + " claim(s): detach it with updateClaim first");
        }
        long children = Location.count("parentId", location.id);
        if (children > 0) {
            throw new ConflictException("id", "Location '" + location.name + "' is the parent of " + children
                    + " location(s): give them another parent first");
        }
        registry.forgetKnownIds();
        em.flush();
        em.createNativeQuery("delete from article_location where location_id = :id").setParameter("id", location.id)
                .executeUpdate();
        em.createNativeQuery("delete from location_alias where location_id = :id").setParameter("id", location.id)
                .executeUpdate();
        em.createNativeQuery("delete from location where id = :id").setParameter("id", location.id).executeUpdate();
        em.clear();
        return true;
    }

    public static Location require(String field, String id) {
        return Lookups.require(Location.class, field, "location", id);
    }

    private static void apply(Location location, LocationInput input) {
        location.name = input.name.strip();
        location.type = input.type;
        location.countryCode = input.countryCode == null ? null : input.countryCode.toUpperCase(Locale.ROOT);
        location.latitude = input.latitude;
        location.longitude = input.longitude;
        location.parent = input.parentId == null ? null : parent(location, input.parentId);
        location.parentId = location.parent == null ? null : location.parent.id;
    }

    /** The new parent, refusing one that would make the hierarchy a cycle. */
    private static Location parent(Location location, String parentId) {
        Location parent = require("input.parentId", parentId);
        for (Location p = parent; p != null; p = p.parent) {
            if (location.id != null && p.id.equals(location.id)) {
                throw new BadUserInputException("input.parentId", "A location cannot be inside itself");
            }
        }
        return parent;
    }

    private static void refuseTakenKey(Location location, Long exceptId) {
        // COMMIT: an auto-flush here would write the updated row first and fail on the unique key instead of answering CONFLICT
        Location taken = Panache.getEntityManager()
                .createQuery("from Location where naturalKey = :key", Location.class)
                .setParameter("key", Location.naturalKey(location.name, location.type, location.countryCode))
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().findFirst().orElse(null);
        if (taken != null && !taken.id.equals(exceptId)) {
            throw new ConflictException("input.name", taken(location));
        }
    }

    private static String taken(Location location) {
        return "A " + location.type.name().toLowerCase(Locale.ROOT) + " named '" + location.name + "'"
                + (location.countryCode == null ? "" : " in " + location.countryCode) + " already exists";
    }

    private static void replaceAliases(Location location, List<String> aliases) {
        LocationAlias.delete("location", location);
        if (aliases != null) {
            aliases.forEach(alias -> addAliasIfNew(location, alias));
        }
    }

    public static void addAliasIfNew(Location location, String alias) {
        String key = NameKey.of(alias);
        if (key.equals(NameKey.of(location.name))
                || LocationAlias.count("location = ?1 and aliasKey = ?2", location, key) > 0) {
            return;
        }
        LocationAlias.of(location, alias).persist();
    }
}
