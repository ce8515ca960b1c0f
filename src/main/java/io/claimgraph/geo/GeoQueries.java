package io.claimgraph.geo;

import io.claimgraph.claim.ClaimFilter;
import io.claimgraph.claim.ClaimQueries;
import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.BadUserInputException;
import io.claimgraph.location.LocationFilter;
import io.claimgraph.location.LocationQueries;
import io.claimgraph.model.BoundingBox;
import io.claimgraph.model.Location;
import io.claimgraph.store.Filters;
import io.claimgraph.store.IdListQuery;
import io.claimgraph.store.Lookups;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GeoJSON for maps: two statements each, whatever the number of features (the locations, and the claim counts
 * grouped by location).
 */
@ApplicationScoped
public class GeoQueries {

    private static final String COUNTS = "count(e), sum(case when e.status = io.claimgraph.model.ClaimStatus.CORROBORATED then 1 else 0 end),"
            + " sum(case when e.status = io.claimgraph.model.ClaimStatus.DISPUTED then 1 else 0 end)";

    private final int maxFeatures;

    public GeoQueries(ClaimgraphConfig config) {
        this.maxFeatures = config.geo().maxFeatures();
    }

    public LocationFeatureCollection locations(LocationFilter filter, Integer limit) {
        int size = limit(limit);
        Filters filters = LocationQueries.filters(filter).always("e.latitude is not null and e.longitude is not null",
                Map.of());
        TypedQuery<Location> query = Panache.getEntityManager()
                .createQuery("select e from Location e" + filters.where() + " order by e.nameKey, e.id",
                        Location.class);
        filters.parameters().forEach(query::setParameter);
        List<Location> rows = query.setMaxResults(size + 1).getResultList();
        boolean truncated = rows.size() > size;
        List<Location> locations = truncated ? rows.subList(0, size) : rows;
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : IdListQuery.list(
                "select l.id, " + COUNTS + " from Claim e join e.locations l where l.id in :ids group by l.id",
                Object[].class, locations.stream().map(l -> l.id).toList())) {
            counts.put((Long) row[0], counts(row));
        }
        List<LocationFeature> features = new ArrayList<>(locations.size());
        for (Location location : locations) {
            features.add(feature(location, counts.getOrDefault(location.id, new long[3])));
        }
        return new LocationFeatureCollection(features, truncated);
    }

    public LocationFeatureCollection claims(ClaimFilter filter, Integer limit) {
        int size = limit(limit);
        BoundingBox box = filter == null ? null : filter.within;
        Filters filters = ClaimQueries.filters(filter, false)
                .always("l.latitude is not null and l.longitude is not null", Map.of());
        if (box != null) {
            // the box applies to the points themselves: a claim in the box may name places outside it as well
            box.check("filter.within");
            filters.always(box.clause("l"), box.parameters());
        }
        TypedQuery<Object[]> query = Panache.getEntityManager()
                .createQuery("select l.id, " + COUNTS + " from Claim e join e.locations l"
                        + filters.where() + " group by l.id order by count(e) desc, l.id", Object[].class);
        filters.parameters().forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(size + 1).getResultList();
        boolean truncated = rows.size() > size;
        List<Object[]> kept = truncated ? rows.subList(0, size) : rows;
        Map<Long, Location> locations = Lookups.byId(Location.class, kept.stream().map(r -> (Long) r[0]).toList(),
                l -> l.id);
        List<LocationFeature> features = new ArrayList<>(kept.size());
        for (Object[] row : kept) {
            features.add(feature(locations.get((Long) row[0]), counts(row)));
        }
        return new LocationFeatureCollection(features, truncated);
    }

    private int limit(Integer limit) {
        int size = limit == null ? 1000 : limit;
        if (size < 0 || size > maxFeatures) {
            throw new BadUserInputException("limit", "limit must be between 0 and " + maxFeatures);
        }
        return size;
    }

    private static long[] counts(Object[] row) {
        return new long[]{number(row[1]), number(row[2]), number(row[3])};
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocationFeature feature(Location location, long[] counts) {
        String id = String.valueOf(location.id);
        return new LocationFeature(id, new PointGeometry(location.longitude, location.latitude),
                new LocationFeatureProperties(id, location.name, location.type, location.countryCode,
                        location.parentId == null ? null : String.valueOf(location.parentId),
                        (int) counts[0], (int) counts[1], (int) counts[2]));
    }
}
