package io.claimgraph.claim;

import io.claimgraph.model.Claim;
import io.claimgraph.model.ClaimStatus;
import io.claimgraph.store.Filters;
import io.claimgraph.store.Ids;
import io.claimgraph.store.Keyset;
import io.claimgraph.store.KeysetPager;
import io.claimgraph.store.ListOrder;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageRequest;
import io.claimgraph.store.TextSearch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Claim lists: filter, stable order (newest article first), keyset pages. */
@ApplicationScoped
public class ClaimQueries {

    private static final Keyset.SortKey<Claim> RECENCY = Keyset.timeKey("sortAt", c -> c.sortAt);
    private static final Keyset.SortKey<Claim> TIME = Keyset.dateKey("occurredOn", c -> c.occurredOn);
    private static final Keyset.SortKey<Claim> CERTAINTY = Keyset.numberKey("certaintyRank", c -> c.certaintyRank);
    private static final Keyset.SortKey<Claim> STATUS = Keyset.numberKey("statusRank", c -> c.statusRank);
    private static final Keyset.SortKey<Claim> CORROBORATIONS = Keyset.numberKey("corroborationCount",
            c -> c.corroborationCount);
    private static final Keyset.SortKey<Claim> CONTRADICTIONS = Keyset.numberKey("contradictionCount",
            c -> c.contradictionCount);

    /** By the article's publication time, newest first, then by id. */
    public static final Keyset<Claim> NEWEST_FIRST = new Keyset<>("claim", List.of(RECENCY.direction(true)), c -> c.id);

    private final KeysetPager pager;

    public ClaimQueries(KeysetPager pager) {
        this.pager = pager;
    }

    public Page<Claim> list(ClaimFilter filter, PageRequest request, List<ClaimOrder> orderBy) {
        return pager.page(Claim.class, filters(filter),
                order(orderBy), request);
    }

    /** The where-clause of a claim filter, for entity alias {@code e}. */
    public static Filters filters(ClaimFilter filter) {
        return filters(filter, true);
    }

    /**
     * The where-clause of a claim filter, for entity alias {@code e}; without {@code filter.within} when
     * {@code withBox} is false (the caller applies the box to the locations it joins).
     */
    public static Filters filters(ClaimFilter filter, boolean withBox) {
        Filters filters = new Filters();
        if (filter == null) {
            return filters;
        }
        if (filter.within != null && withBox) {
            filter.within.check("filter.within");
            filters.always("exists (select 1 from e.locations wl where " + filter.within.clause("wl") + ")",
                    filter.within.parameters());
        }
        if (filter.status != null && !filter.status.isEmpty()) {
            // literals, not a parameter: PostgreSQL then sees that its partial index of reviewed claims applies
            String statuses = filter.status.stream().distinct().map(st -> ClaimStatus.class.getName() + "." + st.name())
                    .collect(Collectors.joining(", "));
            filters.always("e.status in (" + statuses + ")", Map.of());
        }
        return TextSearch.claimText(filters, filter.text)
                .when(Ids.parseOptional("filter.articleId", filter.articleId), "e.articleId = :articleId", "articleId")
                .when(Ids.parseOptional("filter.actorId", filter.actorId),
                        "(e.assertedById = :actorId or exists (select 1 from e.subjects s where s.id = :actorId))",
                        "actorId")
                .when(Ids.parseOptional("filter.assertedById", filter.assertedById), "e.assertedById = :assertedById",
                        "assertedById")
                .when(Ids.parseOptional("filter.locationId", filter.locationId),
                        "exists (select 1 from e.locations lo where lo.id = :locationId)", "locationId")
                .when(filter.certainty, "e.certainty in :certainty", "certainty");
    }

    /** The keyset of a client's orderBy; the standard order when it gives none. */
    public static Keyset<Claim> order(List<ClaimOrder> orderBy) {
        return ListOrder.keyset("claim", NEWEST_FIRST, orderBy, field -> switch (field) {
            case RECENCY -> RECENCY;
            case TIME -> TIME;
            case CERTAINTY -> CERTAINTY;
            case STATUS -> STATUS;
            case CORROBORATIONS -> CORROBORATIONS;
            case CONTRADICTIONS -> CONTRADICTIONS;
        });
    }
}
