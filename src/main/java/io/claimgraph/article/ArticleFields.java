package io.claimgraph.article;

import io.claimgraph.model.Actor;
import io.claimgraph.model.Article;
import io.claimgraph.model.Claim;
import io.claimgraph.model.Location;
import io.claimgraph.store.Batches;
import io.claimgraph.store.IdListQuery;
import io.claimgraph.store.ReadOnlyQuery;
import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Article's nested fields, each resolved for every article of a response in one statement. */
@GraphQLApi
@ReadOnlyQuery
public class ArticleFields {

    public List<@NonNull List<@NonNull Claim>> claims(@Source List<Article> articles) {
        List<Long> ids = Batches.ids(articles, a -> a.id);
        List<Claim> claims = IdListQuery.list("from Claim where articleId in :ids order by articleId, position",
                Claim.class, ids);
        return Batches.groupBy(ids, claims, c -> c.articleId);
    }

    public List<@NonNull List<@NonNull Actor>> actors(@Source List<Article> articles) {
        List<Long> ids = Batches.ids(articles, a -> a.id);
        List<Object[]> rows = IdListQuery.list(
                "select a.id, ac from Article a join a.actors ac where a.id in :ids order by ac.nameKey",
                Object[].class, ids);
        return Batches.groupPairs(ids, rows, Actor.class);
    }

    public List<@NonNull List<@NonNull Location>> locations(@Source List<Article> articles) {
        List<Long> ids = Batches.ids(articles, a -> a.id);
        List<Object[]> rows = IdListQuery.list(
                "select a.id, lo from Article a join a.locations lo where a.id in :ids order by lo.nameKey",
                Object[].class, ids);
        return Batches.groupPairs(ids, rows, Location.class);
    }
}
