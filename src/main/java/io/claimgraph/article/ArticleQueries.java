package io.claimgraph.article;

import io.claimgraph.model.Article;
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
import java.util.Locale;

/** Article lists: filter, a stable order (newest first unless asked otherwise), keyset pages. */
@ApplicationScoped
public class ArticleQueries {

    private static final Keyset.SortKey<Article> PUBLISHED = Keyset.timeKey("sortAt", a -> a.sortAt);
    private static final Keyset.SortKey<Article> INGESTED = Keyset.timeKey("ingestedAt", a -> a.ingestedAt);
    private static final Keyset.SortKey<Article> HEADLINE = Keyset.textKey("headline", a -> a.headline);

    /** Newest first: by publication time (ingest time when the source gave none), then by id. */
    public static final Keyset<Article> NEWEST_FIRST = new Keyset<>("article", List.of(PUBLISHED.direction(true)),
            a -> a.id);

    private final KeysetPager pager;

    public ArticleQueries(KeysetPager pager) {
        this.pager = pager;
    }

    public Page<Article> list(ArticleFilter filter, PageRequest request, List<ArticleOrder> orderBy) {
        return pager.page(Article.class, filters(filter), order(orderBy), request);
    }

    /** The keyset of a client's orderBy; the standard order when it gives none. */
    public static Keyset<Article> order(List<ArticleOrder> orderBy) {
        return ListOrder.keyset("article", NEWEST_FIRST, orderBy, field -> switch (field) {
            case PUBLISHED -> PUBLISHED;
            case INGESTED -> INGESTED;
            case HEADLINE -> HEADLINE;
        });
    }

    static Filters filters(ArticleFilter filter) {
        Filters filters = new Filters();
        if (filter == null) {
            return filters;
        }
        return TextSearch.articleText(filters, filter.text)
                .when(Ids.parseOptional("filter.actorId", filter.actorId),
                        "exists (select 1 from e.actors ac where ac.id = :actorId)", "actorId")
                .when(Ids.parseOptional("filter.locationId", filter.locationId),
                        "exists (select 1 from e.locations lo where lo.id = :locationId)", "locationId")
                .when(filter.publisher == null ? null : filter.publisher.strip().toLowerCase(Locale.ROOT),
                        "lower(e.publisher) = :publisher", "publisher")
                .when(filter.publishedFrom, "e.publishedAt >= :publishedFrom", "publishedFrom")
                .when(filter.publishedTo, "e.publishedAt <= :publishedTo", "publishedTo");
    }
}
