package io.claimgraph.claim;

import io.claimgraph.model.Actor;
import io.claimgraph.model.Article;
import io.claimgraph.model.Claim;
import io.claimgraph.model.Location;
import io.claimgraph.model.Quantity;
import io.claimgraph.store.Batches;
import io.claimgraph.store.IdListQuery;
import io.claimgraph.store.Lookups;
import io.claimgraph.store.ReadOnlyQuery;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Claim's nested fields, each resolved for every claim of a response in one statement. The claim row carries
 * the ids of its article and asserter, so those are looked up by id without touching lazy associations.
 */
@GraphQLApi
@ReadOnlyQuery
public class ClaimFields {

    @NonNull
    public List<@NonNull Article> article(@Source List<Claim> claims) {
        return Batches.lookup(claims, c -> c.articleId,
                Lookups.byId(Article.class, Batches.ids(claims, c -> c.articleId), a -> a.id));
    }

    @Description("Who the article says makes the claim; null when the article asserts it in its own voice.")
    public List<Actor> assertedBy(@Source List<Claim> claims) {
        return Batches.lookup(claims, c -> c.assertedById,
                Lookups.byId(Actor.class, Batches.ids(claims, c -> c.assertedById), a -> a.id));
    }

    @Description("Actors the claim is about.")
    public List<@NonNull List<@NonNull Actor>> subjects(@Source List<Claim> claims) {
        List<Long> ids = Batches.ids(claims, c -> c.id);
        List<Object[]> rows = IdListQuery.list(
                "select c.id, s from Claim c join c.subjects s where c.id in :ids order by s.nameKey",
                Object[].class, ids);
        return Batches.groupPairs(ids, rows, Actor.class);
    }

    public List<@NonNull List<@NonNull Location>> locations(@Source List<Claim> claims) {
        List<Long> ids = Batches.ids(claims, c -> c.id);
        List<Object[]> rows = IdListQuery.list(
                "select c.id, l from Claim c join c.locations l where c.id in :ids order by l.nameKey",
                Object[].class, ids);
        return Batches.groupPairs(ids, rows, Location.class);
    }

    public List<@NonNull List<@NonNull Quantity>> quantities(@Source List<Claim> claims) {
        List<Long> ids = Batches.ids(claims, c -> c.id);
        List<Quantity> quantities = IdListQuery.list("from Quantity where claimId in :ids order by claimId, position",
                Quantity.class, ids);
        return Batches.groupBy(ids, quantities, q -> q.claimId);
    }

}
