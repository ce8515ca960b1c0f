package io.claimgraph.claim;

import io.claimgraph.model.Claim;
import io.claimgraph.model.ClaimLinksChanged;
import io.claimgraph.model.ClaimLinksChanging;
import io.claimgraph.model.ClaimsAdded;
import io.claimgraph.model.ClaimsRemoving;
import io.claimgraph.store.AfterFlush;
import io.claimgraph.store.Batches;
import io.claimgraph.store.JdbcBatch;
import io.claimgraph.store.RowLocks;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps, beside each actor and location, how many claims name it (and, for actors, when the newest of them was
 * published), so that lists order by them from an index (orderBy CLAIM_COUNT, LAST_SEEN). Observes the writers'
 * events inside their transactions: claims added count up, claims about to be removed count down, and a change of
 * what claims name by hand is their removal followed by their addition.
 *
 * <p>Additions add their own claims to the stored figures ({@code claim_count + n}, the later of two times), so
 * concurrent ingests naming the same actor commute, with no lock statement of their own (one per ingest cost a fifth
 * of its throughput); they update the rows one by one in id order, so two of them cannot deadlock on these rows. A
 * removal may take away the newest claim: it locks the rows first, in id order (RowLocks), then finds the newest
 * claim left in a statement of its own, which sees everything committed before it.
 */
@ApplicationScoped
public class ClaimTallies {

    private static final String EPOCH = "timestamp with time zone '1970-01-01 00:00:00+00'";

    /** A table whose rows claims link to: the (claim, row, claim's time) pairs of the claims in :ids. */
    private record Target(String table, String pairs, String newestLeft) {

        /** SQL selecting the ids of the rows the claims in :ids link to. */
        String owners() {
            return "select p.owner_id from (" + pairs + ") p";
        }

        String count() {
            return "(select count(*) from (" + pairs + ") p where p.owner_id = " + table + ".id)";
        }

        String newestOfClaims() {
            return "(select max(p.sort_at) from (" + pairs + ") p where p.owner_id = " + table + ".id)";
        }
    }

    /** An actor's claims: those it asserts and those it is a subject of, each once. */
    private static final Target ACTORS = new Target("actor",
            "select c.id as claim_id, c.asserted_by_id as owner_id, c.sort_at as sort_at from claim c"
                    + " where c.id in (:ids) and c.asserted_by_id is not null"
                    + " union select s.claim_id, s.actor_id, c.sort_at from claim_subject s join claim c on c.id = s.claim_id"
                    + " where s.claim_id in (:ids)",
            "greatest(coalesce((select max(c.sort_at) from claim c where c.asserted_by_id = actor.id"
                    + " and c.id not in (:ids)), " + EPOCH + "), coalesce((select max(c.sort_at) from claim_subject s"
                    + " join claim c on c.id = s.claim_id where s.actor_id = actor.id and c.id not in (:ids)), "
                    + EPOCH + "))");

    private static final Target LOCATIONS = new Target("location",
            "select l.claim_id as claim_id, l.location_id as owner_id, c.sort_at as sort_at from claim_location l"
                    + " join claim c on c.id = l.claim_id where l.claim_id in (:ids)",
            null);

    /** Most claim ids in one statement's list. */
    private static final int SLICE = 1000;

    /** Claims just written are in the persistence context as written: what they bring is read from them. */
    void onClaimsAdded(@Observes ClaimsAdded added) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        Map<Long, Gain> actors = new TreeMap<>();
        Map<Long, Gain> locations = new TreeMap<>();
        for (Long id : new LinkedHashSet<>(added.claimIds())) {
            Claim claim = em.find(Claim.class, id);
            Set<Long> owners = new HashSet<>();
            if (claim.assertedBy != null) {
                owners.add(claim.assertedBy.id);
            }
            claim.subjects.forEach(subject -> owners.add(subject.id));
            owners.forEach(owner -> actors.merge(owner, new Gain(1, claim.sortAt), Gain::plus));
            claim.locations.forEach(location -> locations.merge(location.id, new Gain(1, claim.sortAt), Gain::plus));
        }
        apply(em, ACTORS, actors);
        apply(em, LOCATIONS, locations);
    }

    void onClaimsRemoving(@Observes ClaimsRemoving removing) {
        remove(removing.claimIds());
    }

    void onLinksChanging(@Observes ClaimLinksChanging changing) {
        remove(changing.claimIds());
    }

    /**
     * What claims name was changed by statements Hibernate's entities do not reflect (an actor merge): what they
     * bring now is read from the tables, in one grouped statement per table.
     */
    void onLinksChanged(@Observes ClaimLinksChanged changed) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        for (List<Long> ids : Batches.slices(changed.claimIds().stream().distinct().toList(), SLICE)) {
            for (Target target : List.of(ACTORS, LOCATIONS)) {
                Map<Long, Gain> gains = new TreeMap<>();
                @SuppressWarnings("unchecked")
                List<Object[]> rows = AfterFlush.nativeQuery(em, "select p.owner_id, count(*), max(p.sort_at) from ("
                        + target.pairs() + ") p group by p.owner_id").setParameter("ids", ids).getResultList();
                for (Object[] row : rows) {
                    gains.put(((Number) row[0]).longValue(),
                            new Gain(((Number) row[1]).intValue(), time(row[2])));
                }
                apply(em, target, gains);
            }
        }
    }

    /** A time read by a native statement: H2's driver gives it with its offset, PostgreSQL's as an instant. */
    private static OffsetDateTime time(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : (OffsetDateTime) value;
    }

    /** What claims bring to one row: how many, and the newest one's time. */
    private record Gain(int count, OffsetDateTime newest) {

        Gain plus(Gain other) {
            return new Gain(count + other.count, newest.isAfter(other.newest) ? newest : other.newest);
        }
    }

    /**
     * Adds the gains to their rows ({@code claim_count + n}, the later of two times) in one JDBC batch, row by row in
     * id order (the map's), so that two ingests naming the same rows wait for each other rather than deadlock.
     */
    private static void apply(EntityManager em, Target target, Map<Long, Gain> gains) {
        boolean times = target.newestLeft() != null;
        JdbcBatch.run(em, "update " + target.table() + " set claim_count = claim_count + ?"
                + (times ? ", last_seen_at = greatest(last_seen_at, ?)" : "") + " where id = ?", gains.entrySet(),
                (update, gain) -> {
                    int parameter = 1;
                    update.setInt(parameter++, gain.getValue().count());
                    if (times) {
                        update.setObject(parameter++, gain.getValue().newest());
                    }
                    update.setLong(parameter, gain.getKey());
                });
    }

    private static void remove(List<Long> claimIds) {
        EntityManager em = Panache.getEntityManager();
        em.flush();
        for (List<Long> ids : Batches.slices(claimIds.stream().distinct().toList(), SLICE)) {
            for (Target target : List.of(ACTORS, LOCATIONS)) {
                RowLocks.lock(em, target.table(), target.owners(), ids);
                // only a row whose newest claim is among those going needs the newest one left looked up
                String times = target.newestLeft() == null ? ""
                        : ", last_seen_at = case when last_seen_at > " + target.newestOfClaims()
                                + " then last_seen_at else " + target.newestLeft() + " end";
                AfterFlush
                        .nativeQuery(em,
                                "update " + target.table() + " set claim_count = claim_count - " + target.count()
                                        + times + " where id in (" + target.owners() + ")")
                        .setParameter("ids", ids).executeUpdate();
            }
        }
    }

}
