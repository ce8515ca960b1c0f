package io.claimgraph.relation;

import io.claimgraph.model.Claim;
import io.claimgraph.store.Batches;
import io.claimgraph.store.IdListQuery;
import io.claimgraph.store.ReadOnlyQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Claim's relation fields, each resolved for every claim of a response in one statement: the relation rows of all
 * those claims joined to the claims they point at, newest claim first. A pair is one row (see {@link ClaimRelation}),
 * so a claim's relations are the rows with it on either side: the statement is the union of the two index ranges
 * (the primary key, ix_claim_relation_related), as {@code or} over the two columns would read every row on H2.
 */
@GraphQLApi
@ReadOnlyQuery
public class RelationFields {

    private static final String VISIBLE = "r.kind in (io.claimgraph.relation.RelationKind.CORROBORATES,"
            + " io.claimgraph.relation.RelationKind.CONTRADICTS)";
    /** Rows: the claim asked for, the relation, the other claim. */
    private static final String RELATED = "select r.claimId, r, c from ClaimRelation r join Claim c on c.id = r.relatedClaimId"
            + " where r.claimId in :ids and " + VISIBLE
            + " union all select r.relatedClaimId, r, c from ClaimRelation r join Claim c on c.id = r.claimId"
            + " where r.relatedClaimId in :ids and " + VISIBLE;
    private static final String RELATED_OF_KIND = "select r.claimId, c from ClaimRelation r join Claim c on c.id = r.relatedClaimId"
            + " where r.claimId in :ids and r.kind = io.claimgraph.relation.RelationKind.%1$s"
            + " union all select r.relatedClaimId, c from ClaimRelation r join Claim c on c.id = r.claimId"
            + " where r.relatedClaimId in :ids and r.kind = io.claimgraph.relation.RelationKind.%1$s";
    /** Newest related claim first: rows of the union come in no particular order. */
    private static final Comparator<Object[]> NEWEST_RELATED_FIRST = Comparator
            .comparing((Object[] row) -> ((Claim) row[row.length - 1]).sortAt, Comparator.reverseOrder())
            .thenComparing(row -> ((Claim) row[row.length - 1]).id, Comparator.reverseOrder());

    @Description("Claims of other articles that say the same thing: the same figure for the same measure and unit, or the "
            + "same dated event, about a common subject, at a compatible time and place. Newest first.")
    public List<@NonNull List<@NonNull Claim>> corroboratedBy(@Source List<Claim> claims) {
        return ofKind(claims, RelationKind.CORROBORATES);
    }

    @Description("Claims of other articles that disagree with this one: figures for the same measure and unit beyond "
            + "their hedges and bounds, or another date for the same event. Newest first.")
    public List<@NonNull List<@NonNull Claim>> contradictedBy(@Source List<Claim> claims) {
        return ofKind(claims, RelationKind.CONTRADICTS);
    }

    @Description("Every corroborating and contradicting claim, with who related them and why. Newest first.")
    public List<@NonNull List<@NonNull ClaimRelationView>> relations(@Source List<Claim> claims) {
        List<Long> ids = Batches.ids(claims, c -> c.id);
        Map<Long, List<ClaimRelationView>> byClaim = new HashMap<>();
        for (Object[] row : newestRelatedFirst(IdListQuery.list(RELATED, Object[].class, ids))) {
            long claim = (Long) row[0];
            ClaimRelation relation = (ClaimRelation) row[1];
            byClaim.computeIfAbsent(claim, k -> new ArrayList<>()).add(new ClaimRelationView(relation.kind.visible(),
                    relation.origin, relation.reasonOf(claim), relation.createdAt, (Claim) row[2]));
        }
        return ids.stream().map(id -> byClaim.getOrDefault(id, List.of())).toList();
    }

    private static List<List<Claim>> ofKind(List<Claim> claims, RelationKind kind) {
        List<Long> ids = Batches.ids(claims, c -> c.id);
        List<Object[]> rows = IdListQuery.list(String.format(RELATED_OF_KIND, kind.name()), Object[].class, ids);
        return Batches.groupPairs(ids, newestRelatedFirst(rows), Claim.class);
    }

    private static List<Object[]> newestRelatedFirst(List<Object[]> rows) {
        List<Object[]> sorted = new ArrayList<>(rows);
        sorted.sort(NEWEST_RELATED_FIRST);
        return sorted;
    }
}
