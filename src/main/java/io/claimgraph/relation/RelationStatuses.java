package io.claimgraph.relation;

import io.claimgraph.model.ClaimStatus;
import io.claimgraph.store.AfterFlush;
import io.claimgraph.store.Batches;
import io.claimgraph.store.JdbcBatch;
import io.claimgraph.store.RowLocks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes each claim's status and its counts of corroborations and contradictions from its relations: computed afresh
 * (statuses and counts, the claims' rows locked first in id order so a recount sees every transaction that touched
 * them before), or, for relations just added, raised and added to.
 */
final class RelationStatuses {

    /** Most ids in one statement's list. */
    private static final int SLICE = 1000;

    /** Parameters: corroborations and contradictions gained, then those twice more for the status and its rank. */
    private static final String RAISE = "update claim set corroboration_count = corroboration_count + ?,"
            + " contradiction_count = contradiction_count + ?,"
            + " status = case when ? > 0 then 'DISPUTED' when ? > 0 and status = 'UNREVIEWED' then 'CORROBORATED'"
            + " else status end,"
            + " status_rank = case when ? > 0 then " + ClaimStatus.DISPUTED.ordinal()
            + " when ? > 0 and status = 'UNREVIEWED' then "
            + ClaimStatus.CORROBORATED.ordinal() + " else status_rank end where id = ?";

    private RelationStatuses() {
    }

    /**
     * Sets each claim's status from its relations: DISPUTED if any claim contradicts it, else CORROBORATED if any
     * corroborates it, else UNREVIEWED. Claims that no longer exist are skipped.
     */
    static void refresh(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        em.flush();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(claimIds));
        lock(em, ids);
        for (List<Long> slice : Batches.slices(ids, SLICE)) {
            AfterFlush.nativeQuery(em, "update claim set status = case"
                    + " when " + hasRelation("CONTRADICTS") + " then 'DISPUTED'"
                    + " when " + hasRelation("CORROBORATES") + " then 'CORROBORATED'"
                    + " else 'UNREVIEWED' end where id in (:ids)")
                    .setParameter("ids", slice).executeUpdate();
            AfterFlush.nativeQuery(em, "update claim set status_rank = case status when 'DISPUTED' then "
                    + ClaimStatus.DISPUTED.ordinal() + " when 'CORROBORATED' then " + ClaimStatus.CORROBORATED.ordinal()
                    + " else " + ClaimStatus.UNREVIEWED.ordinal() + " end where id in (:ids)")
                    .setParameter("ids", slice).executeUpdate();
        }
        recount(em, ids);
    }

    private static void lock(EntityManager em, List<Long> ids) {
        List<Long> sorted = ids.stream().sorted().toList();
        for (List<Long> slice : Batches.slices(sorted, SLICE)) {
            RowLocks.lock(em, "claim", ":ids", slice);
        }
    }

    /** Sets the counts of corroborations and contradictions of these (locked) claims from their relations. */
    private static void recount(EntityManager em, List<Long> ids) {
        for (List<Long> slice : Batches.slices(ids, SLICE)) {
            AfterFlush.nativeQuery(em, "update claim set corroboration_count = " + count("CORROBORATES")
                    + ", contradiction_count = " + count("CONTRADICTS") + " where id in (:ids)")
                    .setParameter("ids", slice).executeUpdate();
        }
    }

    /** The updated claim's relations of this kind, on either side of their pairs (an index range each). */
    private static String count(String kind) {
        return "((select count(*) from claim_relation r where r.claim_id = claim.id and r.kind = '" + kind + "')"
                + " + (select count(*) from claim_relation r where r.related_claim_id = claim.id and r.kind = '" + kind
                + "'))";
    }

    /** Whether the claim being updated has a relation of this kind, on either side of its pair (an index range each). */
    private static String hasRelation(String kind) {
        return "(exists (select 1 from claim_relation r where r.claim_id = claim.id and r.kind = '" + kind + "')"
                + " or exists (select 1 from claim_relation r where r.related_claim_id = claim.id and r.kind = '" + kind
                + "'))";
    }

    /**
     * For relations just added, where nothing was removed: adds what each claim gained to its counts and raises its
     * status (DISPUTED if it gained a contradiction, CORROBORATED if it was UNREVIEWED and gained a corroboration).
     * Nothing is locked or recounted, since raises and additions commute; one statement per claim in a single JDBC
     * batch, in id order, so that two passes raising the same claims wait for each other rather than deadlock.
     */
    static void raise(Map<Long, int[]> gained) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        JdbcBatch.run(em, RAISE, new TreeMap<>(gained).entrySet(), (update, gain) -> {
            int corroborations = gain.getValue()[RelationKind.CORROBORATES.ordinal()];
            int contradictions = gain.getValue()[RelationKind.CONTRADICTS.ordinal()];
            update.setInt(1, corroborations);
            update.setInt(2, contradictions);
            update.setInt(3, contradictions);
            update.setInt(4, corroborations);
            update.setInt(5, contradictions);
            update.setInt(6, corroborations);
            update.setLong(7, gain.getKey());
        });
    }
}
