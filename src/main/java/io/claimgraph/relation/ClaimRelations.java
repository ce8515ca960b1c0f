package io.claimgraph.relation;

import io.claimgraph.claim.Certainty;
import io.claimgraph.claim.QuantityBound;
import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.graphql.IdListQuery;
import io.claimgraph.graphql.UniqueKeys;
import io.claimgraph.time.TimeInterval;
import io.claimgraph.time.TimePrecision;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Finds, stores and removes the automatic relations between claims of different articles, and keeps each claim's
 * status in step with its relations.
 *
 * <p><b>Cost.</b> A claim is compared only with candidates found through indexes, never with every stored claim:
 * for each figure (measure, unit) and each subject of the new claims, the newest {@code candidates} claims with that
 * measure and unit about that actor ({@code quantity (measure, unit, claim_id)}, then the claim_subject key); for
 * each subject of a dated claim, the newest {@code candidates} dated claims about that actor
 * ({@code claim_subject (actor_id, claim_id)}). That is one statement for all the claims of an article, four more to
 * read the candidates, and the inserts. The rules themselves ({@link RelationRules}) run in memory.
 *
 * <p><b>When.</b> For an ingested article, right after the ingest transaction commits, in transactions of their own
 * ({@link #afterIngest}): an article ingested at the same moment is then seen by one of the two, whichever commits
 * later. For claims changed by hand (createClaim, updateClaim, mergeActors), inside the mutation's transaction
 * ({@link #recompute}). Deleting a claim or an article deletes its relations (on delete cascade); the claims they
 * linked to get their status refreshed ({@link #counterparts}, {@link #refreshStatuses}).
 *
 * <p><b>Analysts win.</b> A pair with an ANALYST row (a relation added by hand, or a DISMISSED one) is never touched
 * by automatic detection.
 */
@ApplicationScoped
public class ClaimRelations {

    private static final Logger LOG = Logger.getLogger(ClaimRelations.class);
    private static final int ATTEMPTS = 3;
    /** Most candidate lookups in one statement (figure keys and dated actors each). */
    private static final int MAX_LOOKUPS = 48;

    private final boolean enabled;
    private final int candidates;
    private final int maxPerClaim;
    private final RelationRules rules;

    public ClaimRelations(ClaimgraphConfig config) {
        this.enabled = config.relations().enabled();
        this.candidates = config.relations().candidates();
        this.maxPerClaim = config.relations().maxPerClaim();
        this.rules = new RelationRules(config.relations().windowDays());
    }

    public boolean enabled() {
        return enabled;
    }

    // ------------------------------------------------------------------------------------------------ ingest

    /**
     * Relates the claims an ingest just committed to the stored claims of other articles, then refreshes the status
     * of every claim that gained a relation. Runs in transactions of its own; a failure is logged and reported as a
     * warning, never undoes the ingest.
     *
     * @return warnings for the ingest result (empty when all went well)
     */
    public List<String> afterIngest(List<ClaimFacts> sources) {
        if (!enabled || sources.stream().noneMatch(ClaimFacts::comparable)) {
            return List.of();
        }
        Set<Long> touched = null;
        for (int attempt = 1; touched == null; attempt++) {
            boolean retry = attempt > 1;
            try {
                touched = QuarkusTransaction.requiringNew().call(() -> relate(retry ? stillStored(sources) : sources, retry));
            } catch (RuntimeException e) {
                // a concurrent ingest stored the same pair first (unique key), or a claim went meanwhile (foreign key)
                boolean race = UniqueKeys.isUniqueViolation(e) || UniqueKeys.isForeignKeyViolation(e);
                if (!race || attempt >= ATTEMPTS) {
                    LOG.errorf(e, "Relating the claims of an ingested article failed (claims %s)", ids(sources));
                    return List.of("Relations to other articles' claims could not be computed; they are computed again "
                            + "when one of its claims changes");
                }
            }
        }
        if (!touched.isEmpty()) {
            Set<Long> claims = touched;
            QuarkusTransaction.requiringNew().run(() -> refreshStatuses(claims));
        }
        return List.of();
    }

    private static List<ClaimFacts> stillStored(List<ClaimFacts> sources) {
        Set<Long> stored = new HashSet<>(IdListQuery.list("select c.id from Claim c where c.id in :ids", Long.class, ids(sources)));
        return sources.stream().filter(s -> stored.contains(s.id())).toList();
    }

    // ------------------------------------------------------------------------------------------------ by hand

    /** Recomputes the automatic relations of these claims inside the caller's transaction, and the statuses it changes. */
    public void recompute(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        Set<Long> touched = new HashSet<>(claimIds);
        if (enabled) {
            touched.addAll(relate(load(claimIds), true));
        } else {
            touched.addAll(dropAutomatic(claimIds));
        }
        refreshStatuses(touched);
    }

    /** The claims that relations link these claims to (not these claims themselves). */
    public Set<Long> counterparts(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> others = new HashSet<>(IdListQuery.list(
                "select distinct r.relatedClaimId from ClaimRelation r where r.claimId in :ids", Long.class, claimIds));
        others.removeAll(claimIds);
        return others;
    }

    /** The claims of other articles that relations link this article's claims to. */
    public Set<Long> counterpartsOfArticle(long articleId) {
        List<Long> ids = Panache.getEntityManager().createQuery(
                "select distinct r.relatedClaimId from ClaimRelation r, Claim c where c.id = r.claimId and c.articleId = :article", Long.class)
                .setParameter("article", articleId).getResultList();
        return new HashSet<>(ids);
    }

    /**
     * Sets each claim's status from its relations: DISPUTED if any claim contradicts it, else CORROBORATED if any
     * corroborates it, else UNREVIEWED. Claims that no longer exist are skipped.
     */
    public void refreshStatuses(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        EntityManager em = Panache.getEntityManager();
        em.flush();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(claimIds));
        for (int from = 0; from < ids.size(); from += 1000) {
            em.createNativeQuery("update claim set status = case"
                    + " when exists (select 1 from claim_relation r where r.claim_id = claim.id and r.kind = 'CONTRADICTS') then 'DISPUTED'"
                    + " when exists (select 1 from claim_relation r where r.claim_id = claim.id and r.kind = 'CORROBORATES') then 'CORROBORATED'"
                    + " else 'UNREVIEWED' end where id in (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).executeUpdate();
        }
    }

    // ------------------------------------------------------------------------------------------------ core

    /**
     * Compares {@code sources} with their candidates and stores what the rules find. With {@code replace}, the
     * sources' automatic relations are dropped first (a recomputation, or a retry after a race).
     *
     * @return every claim whose relations changed
     */
    Set<Long> relate(List<ClaimFacts> sources, boolean replace) {
        Set<Long> touched = new HashSet<>();
        if (sources.isEmpty()) {
            return touched;
        }
        Set<Long> sourceIds = new HashSet<>(ids(sources));
        Set<Pair> locked = new HashSet<>();
        if (replace) {
            touched.addAll(dropAutomatic(sourceIds));
            for (Object[] row : IdListQuery.list("select r.claimId, r.relatedClaimId from ClaimRelation r where r.claimId in :ids",
                    Object[].class, sourceIds)) {
                locked.add(pairKey((Long) row[0], (Long) row[1]));
            }
        }
        List<ClaimFacts> comparable = sources.stream().filter(ClaimFacts::comparable).toList();
        if (comparable.isEmpty()) {
            return touched;
        }
        Set<Long> articles = new HashSet<>();
        comparable.forEach(s -> articles.add(s.articleId()));
        Set<Long> candidateIds = candidates(comparable, articles.size() == 1 ? articles.iterator().next() : null);
        candidateIds.removeAll(sourceIds);
        List<ClaimFacts> pool = new ArrayList<>(load(candidateIds));
        pool.addAll(comparable); // sources of different articles may relate to each other
        if (pool.size() == comparable.size() && articles.size() == 1) {
            return touched;
        }

        EntityManager em = Panache.getEntityManager();
        Set<Pair> done = new HashSet<>();
        for (ClaimFacts source : comparable) {
            List<Object[]> found = new ArrayList<>();
            for (ClaimFacts other : pool) {
                Verdict verdict = rules.judge(source, other);
                if (verdict != null) {
                    found.add(new Object[] {other, verdict});
                }
            }
            // contradictions first (they set the status), then the newest claims
            found.sort(Comparator.<Object[], Boolean>comparing(f -> ((Verdict) f[1]).kind() != RelationKind.CONTRADICTS)
                    .thenComparing(f -> -((ClaimFacts) f[0]).id()));
            int kept = 0;
            for (Object[] f : found) {
                ClaimFacts other = (ClaimFacts) f[0];
                Verdict verdict = (Verdict) f[1];
                Pair key = pairKey(source.id(), other.id());
                if (kept >= maxPerClaim || locked.contains(key) || !done.add(key)) {
                    continue;
                }
                em.persist(ClaimRelation.of(source.id(), other.id(), verdict.kind(), RelationOrigin.AUTOMATIC, verdict.reason()));
                em.persist(ClaimRelation.of(other.id(), source.id(), verdict.kind(), RelationOrigin.AUTOMATIC, verdict.reverseReason()));
                touched.add(source.id());
                touched.add(other.id());
                kept++;
            }
        }
        em.flush();
        return touched;
    }

    /** Deletes the automatic relations of these claims (both directions); returns the claims on either side. */
    private Set<Long> dropAutomatic(Collection<Long> claimIds) {
        Set<Long> touched = new HashSet<>(counterparts(claimIds));
        EntityManager em = Panache.getEntityManager();
        em.flush();
        List<Long> ids = new ArrayList<>(claimIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 1000));
            em.createQuery("delete from ClaimRelation r where r.origin = :origin and (r.claimId in :ids or r.relatedClaimId in :ids)")
                    .setParameter("origin", RelationOrigin.AUTOMATIC).setParameter("ids", slice).executeUpdate();
        }
        touched.addAll(claimIds);
        return touched;
    }

    /**
     * Candidate claims for {@code sources}: per figure (measure, unit) and subject, the newest claims with such a
     * figure about that actor; per subject of a dated claim, the newest dated claims about that actor. One statement,
     * each branch an index range read backwards and cut at {@code candidates} rows.
     */
    Set<Long> candidates(List<ClaimFacts> sources, Long excludeArticle) {
        record FigureKey(String measure, String unit, long actor) {
        }
        Set<FigureKey> figureKeys = new LinkedHashSet<>();
        Set<Long> datedActors = new LinkedHashSet<>();
        for (ClaimFacts source : sources) {
            for (ClaimFacts.Figure figure : source.figures()) {
                for (Long actor : source.subjects()) {
                    figureKeys.add(new FigureKey(figure.measure(), figure.unit(), actor));
                }
            }
            if (source.time() != null) {
                datedActors.addAll(source.subjects());
            }
        }
        List<String> branches = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        int i = 0;
        for (FigureKey key : figureKeys) {
            if (i == MAX_LOOKUPS) {
                break;
            }
            branches.add("(select q.claim_id as id from quantity q join claim_subject s on s.claim_id = q.claim_id"
                    + " where q.measure in (:m" + i + ") and q.unit in (:u" + i + ") and s.actor_id = :a" + i
                    + " order by q.claim_id desc fetch first " + candidates + " rows only)");
            parameters.put("m" + i, Wording.measuresFor(key.measure()));
            parameters.put("u" + i, Wording.unitsFor(key.unit()));
            parameters.put("a" + i, key.actor());
            i++;
        }
        int j = 0;
        for (Long actor : datedActors) {
            if (j == MAX_LOOKUPS) {
                break;
            }
            branches.add("(select s.claim_id as id from claim_subject s join claim c on c.id = s.claim_id"
                    + " where s.actor_id = :d" + j + " and c.time_start is not null"
                    + " order by s.claim_id desc fetch first " + candidates + " rows only)");
            parameters.put("d" + j, actor);
            j++;
        }
        Set<Long> ids = new HashSet<>();
        if (branches.isEmpty()) {
            return ids;
        }
        String sql = "select distinct k.id from (" + String.join(" union all ", branches) + ") k"
                + (excludeArticle == null ? "" : " join claim c on c.id = k.id where c.article_id <> :article");
        Query query = Panache.getEntityManager().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        if (excludeArticle != null) {
            query.setParameter("article", excludeArticle);
        }
        for (Object id : query.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** What relation detection needs of stored claims: four statements, whatever the number of claims. */
    public List<ClaimFacts> load(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Long>> subjects = new HashMap<>();
        for (Object[] row : IdListQuery.list("select c.id, s.id from Claim c join c.subjects s where c.id in :ids", Object[].class, claimIds)) {
            subjects.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        Map<Long, Set<Long>> places = new HashMap<>();
        Map<Long, Set<Long>> scopes = new HashMap<>();
        for (Object[] row : IdListQuery.list("select c.id, l.id, l.parentId, p.parentId from Claim c join c.locations l"
                + " left join Location p on p.id = l.parentId where c.id in :ids", Object[].class, claimIds)) {
            Long claim = (Long) row[0];
            places.computeIfAbsent(claim, k -> new HashSet<>()).add((Long) row[1]);
            Set<Long> scope = scopes.computeIfAbsent(claim, k -> new HashSet<>());
            for (int c = 1; c <= 3; c++) {
                if (row[c] != null) {
                    scope.add((Long) row[c]);
                }
            }
        }
        Map<Long, List<Object[]>> quantities = new HashMap<>();
        for (Object[] row : IdListQuery.list("select q.claimId, q.value, q.upper, q.bound, q.unit, q.measure, q.text from Quantity q"
                + " where q.claimId in :ids and q.measure is not null and q.unit is not null order by q.claimId, q.position",
                Object[].class, claimIds)) {
            quantities.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
        }
        Map<Long, ClaimFacts> facts = new LinkedHashMap<>();
        for (Object[] row : IdListQuery.list("select c.id, c.articleId, c.certainty, c.sortAt, c.timeStart, c.timeEnd, c.timePrecision,"
                + " c.timeText, c.text, c.attribution from Claim c where c.id in :ids", Object[].class, claimIds)) {
            long id = (Long) row[0];
            Certainty certainty = (Certainty) row[2];
            boolean estimated = certainty == Certainty.ESTIMATED;
            List<ClaimFacts.Figure> figures = new ArrayList<>();
            for (Object[] q : quantities.getOrDefault(id, List.of())) {
                figures.add(ClaimFacts.Figure.of((String) q[5], (String) q[4], (Double) q[1], (Double) q[2], (QuantityBound) q[3],
                        (String) q[6], estimated));
            }
            TimeInterval time = row[4] == null || row[5] == null || row[6] == null ? null
                    : new TimeInterval((LocalDate) row[4], (LocalDate) row[5], (TimePrecision) row[6]);
            String timeText = (String) row[7];
            facts.put(id, new ClaimFacts(id, (Long) row[1], certainty, utcDay((OffsetDateTime) row[3]), time, timeText,
                    Set.copyOf(subjects.getOrDefault(id, Set.of())), Set.copyOf(places.getOrDefault(id, Set.of())),
                    Set.copyOf(scopes.getOrDefault(id, Set.of())), List.copyOf(figures),
                    Wording.stems((String) row[8], timeText, (String) row[9])));
        }
        return new ArrayList<>(facts.values());
    }

    /** The calendar day (UTC) of a timestamp: the day an article counts as published. */
    public static LocalDate utcDay(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /** An unordered pair of claims. */
    record Pair(long low, long high) {
    }

    static Pair pairKey(long a, long b) {
        return new Pair(Math.min(a, b), Math.max(a, b));
    }

    private static List<Long> ids(List<ClaimFacts> facts) {
        return facts.stream().map(ClaimFacts::id).toList();
    }
}
