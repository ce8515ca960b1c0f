package io.claimgraph.location;

import io.claimgraph.article.ArticleConnection;
import io.claimgraph.article.ArticleQueries;
import io.claimgraph.claim.ClaimConnection;
import io.claimgraph.claim.ClaimQueries;
import io.claimgraph.model.Article;
import io.claimgraph.model.Claim;
import io.claimgraph.model.Location;
import io.claimgraph.model.LocationAlias;
import io.claimgraph.store.Batches;
import io.claimgraph.store.IdListQuery;
import io.claimgraph.store.Lookups;
import io.claimgraph.store.NestedPager;
import io.claimgraph.store.Page;
import io.claimgraph.store.PageRequest;
import io.claimgraph.store.ReadOnlyQuery;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Location's nested fields, batched over all locations of a response. */
@GraphQLApi
@ReadOnlyQuery
public class LocationFields {

    private static final String CLAIMS_OF_LOCATIONS = "select claim_id as child_id, location_id as parent_id from claim_location where location_id in (:parents)";
    private static final String ARTICLES_OF_LOCATIONS = "select article_id as child_id, location_id as parent_id from article_location where location_id in (:parents)";

    private final NestedPager pager;

    public LocationFields(NestedPager pager) {
        this.pager = pager;
    }

    public List<@NonNull List<@NonNull String>> aliases(@Source List<Location> locations) {
        List<Long> ids = Batches.ids(locations, l -> l.id);
        List<LocationAlias> aliases = IdListQuery
                .list("from LocationAlias where locationId in :ids order by locationId, id", LocationAlias.class, ids);
        return Batches.groupBy(ids, aliases, a -> a.locationId).stream()
                .map(list -> list.stream().map(a -> a.alias).toList()).toList();
    }

    public List<Location> parent(@Source List<Location> locations) {
        return Batches.lookup(locations, l -> l.parentId,
                Lookups.byId(Location.class, Batches.ids(locations, l -> l.parentId), l -> l.id));
    }

    @NonNull
    public List<@NonNull ClaimConnection> claims(@Source List<Location> locations, @DefaultValue("20") Integer first,
            String after,
            @Description("The last rows (before `before`, or of the whole list); wins over `first`.") Integer last,
            @Description("Cursor (a startCursor) of the row the page ends before, for paging backward with `last`.") String before) {
        List<Long> ids = Batches.ids(locations, l -> l.id);
        Map<Long, Page<Claim>> pages = pager.pagePerParent(Claim.class, "claim", CLAIMS_OF_LOCATIONS, ids,
                ClaimQueries.NEWEST_FIRST, new PageRequest(first, after, last, before));
        return ids.stream().map(id -> ClaimConnection.of(pages.get(id))).toList();
    }

    @NonNull
    public List<@NonNull ArticleConnection> articles(@Source List<Location> locations,
            @DefaultValue("20") Integer first,
            String after,
            @Description("The last rows (before `before`, or of the whole list); wins over `first`.") Integer last,
            @Description("Cursor (a startCursor) of the row the page ends before, for paging backward with `last`.") String before) {
        List<Long> ids = Batches.ids(locations, l -> l.id);
        Map<Long, Page<Article>> pages = pager.pagePerParent(Article.class, "article", ARTICLES_OF_LOCATIONS, ids,
                ArticleQueries.NEWEST_FIRST, new PageRequest(first, after, last, before));
        return ids.stream().map(id -> ArticleConnection.of(pages.get(id))).toList();
    }
}
