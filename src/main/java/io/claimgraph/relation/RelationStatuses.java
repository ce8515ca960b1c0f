package io.claimgraph.relation;

import io.claimgraph.model.ClaimStatus;
import io.claimgraph.store.Batches;
import io.claimgraph.store.RowLocks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Writes each claim's status and its counts of corroborations and contradictions from its relations: computed afresh
 * (statuses and counts, the claims' rows locked first in id order so a recount sees every transaction that touched
 * them before), or, for relations just added, raised and added to.
 */
final class RelationStatuses {

    /** Most ids in one statement's list. */
    private static final int SLICE = 1000;

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
            em.createNativeQuery("update claim set status = case"
                    + " when " + hasRelation("CONTRADICTS") + " then 'DISPUTED'"
                    + " when " + hasRelation("CORROBORATES") + " then 'CORROBORATED'"
                    + " else 'UNREVIEWED' end where id in (:ids)")
                    .setParameter("ids", slice).executeUpdate();
            em.createNativeQuery("update claim set status_rank = case status when 'DISPUTED' then "
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
            em.createNativeQuery("update claim set corroboration_count = " + count("CORROBORATES")
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
     * Raises statuses for relations just added, where nothing was removed: DISPUTED for claims that gained a
     * contradiction, CORROBORATED for UNREVIEWED claims that gained a corroboration, in two statements however many
     * claims; and adds what each gained to its counts (one statement per distinct gain, mostly one). Nothing is
     * locked or recounted: raises and additions commute.
     */
    static void raise(Map<Long, RelationKind> added, Map<Long, int[]> gained) {
        List<Long> disputed = new ArrayList<>();
        List<Long> corroborated = new ArrayList<>();
        added.forEach((id, kind) -> (kind == RelationKind.CONTRADICTS ? disputed : corroborated).add(id));
        EntityManager em = Panache.getEntityManager();
        em.flush();
        for (List<Long> slice : Batches.slices(disputed, SLICE)) {
            em.createNativeQuery("update claim set status = 'DISPUTED', status_rank = " + ClaimStatus.DISPUTED.ordinal()
                    + " where id in (:ids) and status <> 'DISPUTED'")
                    .setParameter("ids", slice)
                    .executeUpdate();
        }
        for (List<Long> slice : Batches.slices(corroborated, SLICE)) {
            em.createNativeQuery(
                    "update claim set status = 'CORROBORATED', status_rank = " + ClaimStatus.CORROBORATED.ordinal()
                            + " where id in (:ids) and status = 'UNREVIEWED'")
                    .setParameter("ids", slice)
                    .executeUpdate();
        }
        Map<List<Integer>, List<Long>> byGain = new HashMap<>();
        gained.forEach((id, counts) -> byGain.computeIfAbsent(List.of(counts[RelationKind.CORROBORATES.ordinal()],
                counts[RelationKind.CONTRADICTS.ordinal()]), k -> new ArrayList<>()).add(id));
        byGain.forEach((gain, ids) -> {
            for (List<Long> slice : Batches.slices(ids, SLICE)) {
                em.createNativeQuery("update claim set corroboration_count = corroboration_count + " + gain.get(0)
                        + ", contradiction_count = contradiction_count + " + gain.get(1) + " where id in (:ids)")
                        .setParameter("ids", slice).executeUpdate();
            }
        });
    }
}
