package io.claimgraph.actor;

import io.claimgraph.article.ArticleConnection;
import io.claimgraph.article.ArticleQueries;
import io.claimgraph.claim.ClaimConnection;
import io.claimgraph.claim.ClaimQueries;
import io.claimgraph.model.Actor;
import io.claimgraph.model.ActorAlias;
import io.claimgraph.model.Article;
import io.claimgraph.model.Claim;
import io.claimgraph.store.Batches;
import io.claimgraph.store.IdListQuery;
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

/** Actor's nested fields, batched over all actors of a response. */
@GraphQLApi
@ReadOnlyQuery
public class ActorFields {

    /** Claims an actor asserts or is a subject of, each (claim, actor) pair once. */
    private static final String CLAIMS_OF_ACTORS = "select id as child_id, asserted_by_id as parent_id from claim where asserted_by_id in (:parents)"
            + " union select claim_id, actor_id from claim_subject where actor_id in (:parents)";
    private static final String ARTICLES_OF_ACTORS = "select article_id as child_id, actor_id as parent_id from article_actor where actor_id in (:parents)";

    private final NestedPager pager;

    public ActorFields(NestedPager pager) {
        this.pager = pager;
    }

    public List<@NonNull List<@NonNull String>> aliases(@Source List<Actor> actors) {
        List<Long> ids = Batches.ids(actors, a -> a.id);
        List<ActorAlias> aliases = IdListQuery.list("from ActorAlias where actorId in :ids order by actorId, id",
                ActorAlias.class, ids);
        return Batches.groupBy(ids, aliases, a -> a.actorId).stream()
                .map(list -> list.stream().map(a -> a.alias).toList()).toList();
    }

    @NonNull
    @Description("Claims the actor asserts or is a subject of.")
    public List<@NonNull ClaimConnection> claims(@Source List<Actor> actors, @DefaultValue("20") Integer first,
            String after,
            @Description("The last rows (before `before`, or of the whole list); wins over `first`.") Integer last,
            @Description("Cursor (a startCursor) of the row the page ends before, for paging backward with `last`.") String before) {
        List<Long> ids = Batches.ids(actors, a -> a.id);
        Map<Long, Page<Claim>> pages = pager.pagePerParent(Claim.class, "claim", CLAIMS_OF_ACTORS, ids,
                ClaimQueries.NEWEST_FIRST, new PageRequest(first, after, last, before));
        return ids.stream().map(id -> ClaimConnection.of(pages.get(id))).toList();
    }

    @NonNull
    public List<@NonNull ArticleConnection> articles(@Source List<Actor> actors, @DefaultValue("20") Integer first,
            String after,
            @Description("The last rows (before `before`, or of the whole list); wins over `first`.") Integer last,
            @Description("Cursor (a startCursor) of the row the page ends before, for paging backward with `last`.") String before) {
        List<Long> ids = Batches.ids(actors, a -> a.id);
        Map<Long, Page<Article>> pages = pager.pagePerParent(Article.class, "article", ARTICLES_OF_ACTORS, ids,
                ArticleQueries.NEWEST_FIRST, new PageRequest(first, after, last, before));
        return ids.stream().map(id -> ArticleConnection.of(pages.get(id))).toList();
    }
}
