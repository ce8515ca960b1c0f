package io.claimgraph.relation;

import io.claimgraph.store.IdListQuery;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and deletes stored relations by claim, for detection and status upkeep: which claims relations link to,
 * which pairs already have a row, dropping the automatic ones or all of them. Writing new rows is
 * {@link RelationBatchInsert}'s.
 */
final class RelationRows {

    /** Most ids in one statement's list. */
    private static final int SLICE = 1000;

    private RelationRows() {
    }

    /** The claims that relations link these claims to (not these claims themselves). */
    static Set<Long> counterparts(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> others = new HashSet<>(IdListQuery.list(
                "select r.relatedClaimId from ClaimRelation r where r.claimId in :ids"
                        + " union select r.claimId from ClaimRelation r where r.relatedClaimId in :ids",
                Long.class, claimIds));
        others.removeAll(claimIds);
        return others;
    }

    /** The pairs of these claims that have a row, of either origin. */
    static Set<ClaimPair> storedPairs(Collection<Long> claimIds) {
        Set<ClaimPair> stored = new HashSet<>();
        String list = SqlIds.literals(claimIds);
        for (Object row : Panache.getEntityManager()
                .createNativeQuery("select claim_id, related_claim_id from claim_relation"
                        + " where claim_id in (" + list
                        + ") union all select claim_id, related_claim_id from claim_relation"
                        + " where related_claim_id in (" + list + ")")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            stored.add(ClaimPair.of(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()));
        }
        return stored;
    }

    /** Deletes the automatic relations of these claims; returns the claims on either side. */
    static Set<Long> dropAutomatic(Collection<Long> claimIds) {
        Set<Long> touched = new HashSet<>(counterparts(claimIds));
        drop(claimIds, " and r.origin = :origin", RelationOrigin.AUTOMATIC);
        touched.addAll(claimIds);
        return touched;
    }

    /** Deletes every relation of these claims, automatic or an analyst's. */
    static void dropAll(Collection<Long> claimIds) {
        drop(claimIds, "", null);
    }

    private static void drop(Collection<Long> claimIds, String onlyOrigin, RelationOrigin origin) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        List<Long> ids = new ArrayList<>(claimIds);
        for (int from = 0; from < ids.size(); from += SLICE) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
            // one statement per side: each an index range, where "or" over the two columns reads every row on H2
            for (String side : List.of("claimId", "relatedClaimId")) {
                var delete = em.createQuery("delete from ClaimRelation r where r." + side + " in :ids" + onlyOrigin)
                        .setParameter("ids", slice);
                if (origin != null) {
                    delete.setParameter("origin", origin);
                }
                delete.executeUpdate();
            }
        }
    }
}
