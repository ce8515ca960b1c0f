package io.claimgraph.location;

import io.claimgraph.model.Location;
import io.claimgraph.store.Filters;
import io.claimgraph.store.Keyset;
import io.claimgraph.store.KeysetPager;
import io.claimgraph.store.ListOrder;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageRequest;
import io.claimgraph.text.NameKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** Location lists: filter (bounding box included), alphabetical order, keyset pages. */
@ApplicationScoped
public class LocationQueries {

    private static final Keyset.SortKey<Location> NAME = Keyset.textKey("nameKey", l -> l.nameKey);
    private static final Keyset.SortKey<Location> CLAIM_COUNT = Keyset.numberKey("claimCount", l -> l.claimCount);

    public static final Keyset<Location> ALPHABETICAL = new Keyset<>("location", List.of(NAME), l -> l.id);

    private final KeysetPager pager;

    public LocationQueries(KeysetPager pager) {
        this.pager = pager;
    }

    public Page<Location> list(LocationFilter filter, PageRequest request, List<LocationOrder> orderBy) {
        return pager.page(Location.class, filters(filter),
                order(orderBy), request);
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

    /** The keyset of a client's orderBy; the standard order when it gives none. */
    public static Keyset<Location> order(List<LocationOrder> orderBy) {
        return ListOrder.keyset("location", ALPHABETICAL, orderBy, field -> switch (field) {
            case NAME -> NAME;
            case CLAIM_COUNT -> CLAIM_COUNT;
        });
    }
}
