package io.claimgraph.claim;

import io.claimgraph.model.Claim;
import io.claimgraph.store.Ids;
import io.claimgraph.store.PageRequest;
import io.claimgraph.store.ReadOnlyQuery;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ClaimApi {

    private final ClaimQueries queries;
    private final ClaimSearch search;
    private final ClaimService claims;

    public ClaimApi(ClaimQueries queries, ClaimSearch search, ClaimService claims) {
        this.queries = queries;
        this.search = search;
        this.claims = claims;
    }

    @Query
    @ReadOnlyQuery
    public Claim claim(@NonNull @Id String id) {
        return Claim.findById(Ids.parse("id", id));
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    public ClaimConnection claims(ClaimFilter filter, @DefaultValue("20") Integer first, String after,
            @Description("The last rows (before `before`, or of the whole list); wins over `first`.") Integer last,
            @Description("Cursor (a startCursor) of the row the page ends before, for paging backward with `last`.") String before,
            @Description("Sort keys, most significant first (at most 3); newest first when absent. Rows that tie on every key are ordered by id.") List<ClaimOrder> orderBy) {
        return ClaimConnection.of(queries.list(filter, new PageRequest(first, after, last, before), orderBy));
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    @Description("Claims whose text matches the search text, most relevant first. Syntax as in web search: words that must all occur, a \"quoted phrase\", `or` between alternatives (`a b or c` is `(a and b) or c`), `-word` to leave out; on PostgreSQL a word also finds its other English forms (\"troops\" finds \"troop\"). Combines with the filter; paged forward with first/after. Searches the newest 10,000 rows that pass the filter (claimgraph.search.horizon; `scope` says where it stopped, `olderThan` searches older rows); the hits are the newest 1,000 matches among them (claimgraph.search.window), ranked.")
    public ClaimSearchConnection searchClaims(@NonNull String text, ClaimFilter filter,
            @DefaultValue("20") Integer first, String after,
            @Description("Search only rows older than this: a previous search's scope.searchedFrom.") OffsetDateTime olderThan) {
        return search.search(text, filter, first, after, olderThan);
    }

    @Mutation
    @NonNull
    @Description("Add a claim that extraction missed, or record one by hand.")
    public Claim createClaim(@NonNull ClaimInput input) {
        return claims.create(input);
    }

    @Mutation
    @NonNull
    @Description("Correct what extraction got wrong (asserter, certainty, subjects, locations).")
    public Claim updateClaim(@NonNull @Id String id, @NonNull ClaimUpdateInput input) {
        return claims.update(Ids.parse("id", id), input);
    }

    @Mutation
    @Transactional
    public boolean deleteClaim(@NonNull @Id String id) {
        return claims.delete(Ids.parse("id", id));
    }
}
