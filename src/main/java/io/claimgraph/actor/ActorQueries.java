package io.claimgraph.actor;

import io.claimgraph.model.Actor;
import io.claimgraph.store.Filters;
import io.claimgraph.store.Keyset;
import io.claimgraph.store.KeysetPager;
import io.claimgraph.store.ListOrder;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageRequest;
import io.claimgraph.text.NameKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** Actor lists: filter, alphabetical order, keyset pages. */
@ApplicationScoped
public class ActorQueries {

    private static final Keyset.SortKey<Actor> NAME = Keyset.textKey("nameKey", a -> a.nameKey);
    private static final Keyset.SortKey<Actor> CLAIM_COUNT = Keyset.numberKey("claimCount", a -> a.claimCount);
    /** An actor created in this transaction has no time read back yet: the column's default, the epoch. */
    private static final Keyset.SortKey<Actor> LAST_SEEN = Keyset.timeKey("lastSeenAt",
            a -> a.lastSeenAt == null ? OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC) : a.lastSeenAt);

    public static final Keyset<Actor> ALPHABETICAL = new Keyset<>("actor", List.of(NAME), a -> a.id);

    private final KeysetPager pager;

    public ActorQueries(KeysetPager pager) {
        this.pager = pager;
    }

    public Page<Actor> list(ActorFilter filter, PageRequest request, List<ActorOrder> orderBy) {
        Filters filters = new Filters();
        if (filter != null) {
            filters.when(Filters.containing("filter.name", NameKey.of(filter.name)),
                    "(e.nameKey like :name" + Filters.LIKE_ESCAPE
                            + " or exists (select 1 from ActorAlias al where al.actorId = e.id and al.aliasKey like :name"
                            + Filters.LIKE_ESCAPE + "))",
                    "name")
                    .when(filter.type, "e.type in :type", "type")
                    .when(filter.countryCode == null ? null : filter.countryCode.strip().toUpperCase(Locale.ROOT),
                            "e.countryCode = :countryCode", "countryCode");
        }
        return pager.page(Actor.class, filters, order(orderBy),
                request);
    }

    /** The keyset of a client's orderBy; the standard order when it gives none. */
    public static Keyset<Actor> order(List<ActorOrder> orderBy) {
        return ListOrder.keyset("actor", ALPHABETICAL, orderBy, field -> switch (field) {
            case NAME -> NAME;
            case CLAIM_COUNT -> CLAIM_COUNT;
            case LAST_SEEN -> LAST_SEEN;
        });
    }
}
