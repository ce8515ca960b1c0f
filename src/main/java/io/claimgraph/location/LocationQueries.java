package io.claimgraph.location;

import io.claimgraph.graphql.BadUserInputException;
import io.claimgraph.graphql.Filters;
import io.claimgraph.graphql.Keyset;
import io.claimgraph.graphql.KeysetPager;
import io.claimgraph.graphql.Page;
import io.claimgraph.text.NameKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/** Location lists: filter (bounding box included), alphabetical order, keyset pages. */
@ApplicationScoped
public class LocationQueries {

    public static final Keyset<Location> ALPHABETICAL = Keyset.alphabetical("location", "nameKey", l -> l.nameKey, l -> l.id);

    private final KeysetPager pager;

    public LocationQueries(KeysetPager pager) {
        this.pager = pager;
    }

    public Page<Location> list(LocationFilter filter, Integer first, String after) {
        Filters filters = new Filters();
        if (filter != null) {
            filters.when(Filters.containing("filter.name", NameKey.of(filter.name)),
                            "(e.nameKey like :name" + Filters.LIKE_ESCAPE + " or exists (select 1 from LocationAlias al where al.locationId = e.id and al.aliasKey like :name"
                                    + Filters.LIKE_ESCAPE + "))", "name")
                    .when(filter.type, "e.type in :type", "type")
                    .when(filter.countryCode == null ? null : filter.countryCode.strip().toUpperCase(Locale.ROOT),
                            "e.countryCode = :countryCode", "countryCode");
            if (filter.within != null) {
                within(filters, filter.within);
            }
        }
        return pager.page(Location.class, filters, ALPHABETICAL, first, after);
    }

    private static void within(Filters filters, BoundingBox box) {
        if (box.south < -90 || box.north > 90 || box.south > box.north) {
            throw new BadUserInputException("filter.within", "within needs -90 <= south <= north <= 90");
        }
        if (box.west < -180 || box.west > 180 || box.east < -180 || box.east > 180) {
            throw new BadUserInputException("filter.within", "within needs west and east between -180 and 180");
        }
        String longitude = box.crossesAntimeridian()
                ? "(e.longitude >= :west or e.longitude <= :east)"
                : "e.longitude between :west and :east";
        filters.always("e.latitude between :south and :north and " + longitude,
                Map.of("south", box.south, "north", box.north, "west", box.west, "east", box.east));
    }
}
