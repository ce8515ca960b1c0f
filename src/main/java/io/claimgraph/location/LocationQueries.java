package io.claimgraph.location;

import io.claimgraph.model.Location;
import io.claimgraph.store.Filters;
import io.claimgraph.store.Keyset;
import io.claimgraph.store.KeysetPager;
import io.claimgraph.store.Page;
import io.claimgraph.text.NameKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Location lists: filter (bounding box included), alphabetical order, keyset pages. */
@ApplicationScoped
public class LocationQueries {

    public static final Keyset<Location> ALPHABETICAL = Keyset.alphabetical("location", "nameKey", l -> l.nameKey,
            l -> l.id);

    private final KeysetPager pager;

    public LocationQueries(KeysetPager pager) {
        this.pager = pager;
    }

    public Page<Location> list(LocationFilter filter, Integer first, String after) {
        return pager.page(Location.class, filters(filter), ALPHABETICAL, first, after);
    }

    /** The where-clause of a location filter, for entity alias {@code e}. */
    public static Filters filters(LocationFilter filter) {
        Filters filters = new Filters();
        if (filter != null) {
            filters.when(Filters.containing("filter.name", NameKey.of(filter.name)),
                    "(e.nameKey like :name" + Filters.LIKE_ESCAPE
                            + " or exists (select 1 from LocationAlias al where al.locationId = e.id and al.aliasKey like :name"
                            + Filters.LIKE_ESCAPE + "))",
                    "name")
                    .when(filter.type, "e.type in :type", "type")
                    .when(filter.countryCode == null ? null : filter.countryCode.strip().toUpperCase(Locale.ROOT),
                            "e.countryCode = :countryCode", "countryCode");
            if (filter.within != null) {
                filter.within.check("filter.within");
                filters.always(filter.within.clause("e"), filter.within.parameters());
            }
        }
        return filters;
    }
}
