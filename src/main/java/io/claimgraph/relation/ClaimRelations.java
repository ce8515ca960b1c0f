package io.claimgraph.relation;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.DatabaseUnavailable;
import io.claimgraph.model.ClaimsChanged;
import io.claimgraph.model.ClaimsRemoving;
import io.claimgraph.store.IdListQuery;
import io.claimgraph.store.KeyRaces;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Finds, stores and removes the automatic relations between claims of different articles, and keeps each claim's
 * status in step with its relations.
 *
 * <p><b>Cost.</b> A claim is compared only with candidates found through indexes, never with every stored claim:
 * for each figure (its measure and unit, {@code quantity.match_key}) and each subject of the new claims, the newest
 * {@code candidates} claims with such a figure about that actor ({@code ix_quantity_match}, then the claim_subject key);
 * for each subject of a dated claim, the newest {@code candidates} dated claims about that actor
 * ({@code ix_claim_subject_actor_newest}). Each lookup reads its index newest first and stops, so its cost does not
 * grow with the database. That is one statement for all the claims of an article, four more to read the candidates
 * (at most {@link RelationDetection#MAX_POOL}), the inserts and two status updates. The rules ({@link RelationRules})
 * run in memory.
 *
 * <p>This class says when relations are computed; the parts do the work: {@link RelationCandidates} (which stored
 * claims to compare), {@link ClaimFactsLoader} (their facts), {@link RelationDetection} (the comparison, and the
 * rows through {@link RelationBatchInsert}), {@link RelationRows} (stored rows by claim) and {@link RelationStatuses}.
 *
 * <p><b>When.</b> For an ingested article, right after the ingest transaction commits, in a transaction of its own
 * ({@link #afterIngest}): an article ingested at the same moment is then seen by one of the two, whichever commits
 * later. New relations can only raise statuses (UNREVIEWED to CORROBORATED, anything to DISPUTED), which needs no
 * look at a claim's other relations and commutes with concurrent ingests. For claims changed by hand (createClaim,
 * updateClaim, mergeActors), inside the mutation's transaction, on its {@link ClaimsChanged} event. Claims about to be
 * deleted (a claim, an article, an article's old content; {@link ClaimsRemoving}) lose their relations first, in the
 * deleting transaction, and the claims those linked to get their status computed again from what is left.
 *
 * <p><b>Analysts win.</b> A pair with an ANALYST row (a relation added by hand, or a DISMISSED one) is never touched
 * by automatic detection.
 */
@ApplicationScoped
public class ClaimRelations {

    private static final Logger LOG = Logger.getLogger(ClaimRelations.class);
    private static final int ATTEMPTS = 3;

    /** The ingest warning when relating an article's claims failed. */
    public static final String NOT_COMPUTED = "Relations to other articles' claims could not be computed; they are computed again when one of its claims changes";

    private final ReentrantLock passLock = new ReentrantLock();
    private final boolean enabled;
    private final RelationDetection detection;

    public ClaimRelations(ClaimgraphConfig config) {
        this.enabled = config.relations().enabled();
        this.detection = new RelationDetection(new RelationRules(config.relations().windowDays()),
                new RelationCandidates(config.relations().candidates()), config.relations().maxPerClaim());
    }

    public boolean enabled() {
        return enabled;
    }

    // ------------------------------------------------------------------------------------------------ ingest

    /**
     * Relates the claims an ingest just committed to the stored claims of other articles and raises the status of
     * every claim that gained a relation, in a transaction of its own (after a lost race, again, dropping what it
     * had stored, then statuses are computed afresh). A failure is logged and reported as a warning, never undoes the
     * ingest.
     *
     * @return warnings for the ingest result (empty when all went well)
     */
    public List<String> afterIngest(List<ClaimFacts> sources) {
        if (!enabled || sources.stream().noneMatch(ClaimFacts::comparable)) {
            return List.of();
        }
        // one pass at a time in this process: a pass then sees the relations the one before it committed and skips
        // those pairs, instead of both storing the same pair and one of them failing on the key (replicas still can:
        // then the loser runs again)
        passLock.lock();
        try {
            return relateAfterCommit(sources);
        } finally {
            passLock.unlock();
        }
    }

    private List<String> relateAfterCommit(List<ClaimFacts> sources) {
        try {
            // a concurrent ingest stored the same pair first (unique key), or a claim went meanwhile (foreign key)
            return KeyRaces.run(ATTEMPTS, KeyRaces.ANY_KEY, retry -> {
                Set<Long> toRefresh = QuarkusTransaction.requiringNew().call(() -> {
                    if (!retry) {
                        // new claims only gain relations: each status can only rise, which needs no look at the others
                        RelationDetection.Outcome outcome = detection.relate(sources, false);
                        RelationStatuses.raise(outcome.gained());
                        return Set.<Long>of();
                    }
                    return detection.relate(stillStored(sources), true).touched();
                });
                if (!toRefresh.isEmpty()) {
                    // a retry dropped relations too: statuses are computed from what is stored, once that is committed
                    QuarkusTransaction.requiringNew().run(() -> RelationStatuses.refresh(toRefresh));
                }
                return List.of();
            });
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.is(e)) {
                // the article is stored; an outage is not a bug: no stack trace per article while it lasts
                LOG.warnf("Relating the claims of an ingested article failed, the database is unavailable (claims %s)",
                        SqlIds.of(sources));
            } else {
                LOG.errorf(e, "Relating the claims of an ingested article failed (claims %s)", SqlIds.of(sources));
            }
            return List.of(NOT_COMPUTED);
        }
    }

    private static List<ClaimFacts> stillStored(List<ClaimFacts> sources) {
        Set<Long> stored = new HashSet<>(
                IdListQuery.list("select c.id from Claim c where c.id in :ids", Long.class, SqlIds.of(sources)));
        return sources.stream().filter(s -> stored.contains(s.id())).toList();
    }

    // ------------------------------------------------------------------------------------------------ by hand

    /**
     * Claims created or edited by hand: their automatic relations are computed again inside the mutation's transaction
     * (a synchronous observer: a failure fails the mutation, which then writes nothing), with the statuses that
     * changes.
     */
    void onClaimsChanged(@Observes ClaimsChanged changed) {
        recompute(changed.claimIds());
    }

    /**
     * Claims about to be deleted: their relations go first, so that the claims they linked to get their status from
     * what is left, in the same transaction. Relations among the deleted claims themselves go with them (on delete
     * cascade).
     */
    void onClaimsRemoving(@Observes ClaimsRemoving removing) {
        Set<Long> others = RelationRows.counterparts(removing.claimIds());
        if (!others.isEmpty()) {
            RelationRows.dropAll(removing.claimIds());
            RelationStatuses.refresh(others);
        }
    }

    private void recompute(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        Set<Long> touched = new HashSet<>(claimIds);
        if (enabled) {
            touched.addAll(detection.relate(ClaimFactsLoader.load(claimIds), true).touched());
        } else {
            touched.addAll(RelationRows.dropAutomatic(claimIds));
        }
        RelationStatuses.refresh(touched);
    }

    /**
     * Sets each claim's status from its relations: DISPUTED if any claim contradicts it, else CORROBORATED if any
     * corroborates it, else UNREVIEWED. Claims that no longer exist are skipped.
     */
    void refreshStatuses(Collection<Long> claimIds) {
        RelationStatuses.refresh(claimIds);
    }
}
