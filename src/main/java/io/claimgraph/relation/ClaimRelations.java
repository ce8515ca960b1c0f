package io.claimgraph.relation;

import io.claimgraph.claim.Certainty;
import io.claimgraph.claim.QuantityBound;
import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.graphql.IdListQuery;
import io.claimgraph.graphql.KeyRaces;
import io.claimgraph.time.TimeInterval;
import io.claimgraph.time.TimePrecision;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
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
import java.util.concurrent.locks.ReentrantLock;
import org.hibernate.Session;
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
 * (at most {@link #MAX_POOL}), the inserts and two status updates. The rules ({@link RelationRules}) run in memory.
 *
 * <p><b>When.</b> For an ingested article, right after the ingest transaction commits, in a transaction of its own
 * ({@link #afterIngest}): an article ingested at the same moment is then seen by one of the two, whichever commits
 * later. New relations can only raise statuses (UNREVIEWED to CORROBORATED, anything to DISPUTED), which needs no
 * look at a claim's other relations and commutes with concurrent ingests. For claims changed by hand (createClaim,
 * updateClaim, mergeActors), inside the mutation's transaction ({@link #recompute}). Deleting a claim or an article
 * deletes its relations (on delete cascade); the claims they linked to get their status computed again from what is
 * left ({@link #counterparts}, {@link #refreshStatuses}).
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
    /**
     * Most candidates compared with one article's claims, the newest kept. Their facts are read with id lists, and
     * H2 checks an id list against every row it reads: the cost grows with the square of the list.
     */
    static final int MAX_POOL = 256;

    /** The ingest warning when relating an article's claims failed. */
    public static final String NOT_COMPUTED =
            "Relations to other articles' claims could not be computed; they are computed again when one of its claims changes";

    private final ReentrantLock passLock = new ReentrantLock();
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
                        raiseStatuses(relate(sources, false).added());
                        return Set.<Long>of();
                    }
                    return relate(stillStored(sources), true).touched();
                });
                if (!toRefresh.isEmpty()) {
                    // a retry dropped relations too: statuses are computed from what is stored, once that is committed
                    QuarkusTransaction.requiringNew().run(() -> refreshStatuses(toRefresh));
                }
                return List.of();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Relating the claims of an ingested article failed (claims %s)", ids(sources));
            return List.of(NOT_COMPUTED);
        }
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
            touched.addAll(relate(load(claimIds), true).touched());
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
        Set<Long> others = new HashSet<>(IdListQuery.list("select r.relatedClaimId from ClaimRelation r where r.claimId in :ids"
                + " union select r.claimId from ClaimRelation r where r.relatedClaimId in :ids", Long.class, claimIds));
        others.removeAll(claimIds);
        return others;
    }

    /** The claims of other articles that relations link this article's claims to. */
    public Set<Long> counterpartsOfArticle(long articleId) {
        List<Long> ids = Panache.getEntityManager().createQuery(
                "select r.relatedClaimId from ClaimRelation r, Claim c where c.id = r.claimId and c.articleId = :article"
                + " union select r.claimId from ClaimRelation r, Claim c where c.id = r.relatedClaimId and c.articleId = :article", Long.class)
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
                    + " when " + hasRelation("CONTRADICTS") + " then 'DISPUTED'"
                    + " when " + hasRelation("CORROBORATES") + " then 'CORROBORATED'"
                    + " else 'UNREVIEWED' end where id in (:ids)")
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).executeUpdate();
        }
    }

    /** Whether the claim being updated has a relation of this kind, on either side of its pair (an index range each). */
    private static String hasRelation(String kind) {
        return "(exists (select 1 from claim_relation r where r.claim_id = claim.id and r.kind = '" + kind + "')"
                + " or exists (select 1 from claim_relation r where r.related_claim_id = claim.id and r.kind = '" + kind + "'))";
    }

    /**
     * Raises statuses for relations just added, where nothing was removed: DISPUTED for claims that gained a
     * contradiction, CORROBORATED for UNREVIEWED claims that gained a corroboration. Two statements however many
     * claims, no subqueries; concurrent raises commute.
     */
    void raiseStatuses(Map<Long, RelationKind> added) {
        List<Long> disputed = new ArrayList<>();
        List<Long> corroborated = new ArrayList<>();
        added.forEach((id, kind) -> (kind == RelationKind.CONTRADICTS ? disputed : corroborated).add(id));
        EntityManager em = Panache.getEntityManager();
        em.flush();
        for (int from = 0; from < disputed.size(); from += 1000) {
            em.createNativeQuery("update claim set status = 'DISPUTED' where id in (:ids) and status <> 'DISPUTED'")
                    .setParameter("ids", disputed.subList(from, Math.min(disputed.size(), from + 1000))).executeUpdate();
        }
        for (int from = 0; from < corroborated.size(); from += 1000) {
            em.createNativeQuery("update claim set status = 'CORROBORATED' where id in (:ids) and status = 'UNREVIEWED'")
                    .setParameter("ids", corroborated.subList(from, Math.min(corroborated.size(), from + 1000))).executeUpdate();
        }
    }

    // ------------------------------------------------------------------------------------------------ core

    /**
     * What {@link #relate} changed.
     *
     * @param touched every claim whose relations changed (added or dropped)
     * @param added   the claims that gained relations, with the strongest kind gained (CONTRADICTS over CORROBORATES)
     */
    record Outcome(Set<Long> touched, Map<Long, RelationKind> added) {
    }

    /**
     * Compares {@code sources} with their candidates and stores what the rules find. With {@code replace}, the
     * sources' automatic relations are dropped first (a recomputation, or a retry after a race).
     *
     */
    Outcome relate(List<ClaimFacts> sources, boolean replace) {
        Set<Long> touched = new HashSet<>();
        Map<Long, RelationKind> added = new HashMap<>();
        Outcome outcome = new Outcome(touched, added);
        if (sources.isEmpty()) {
            return outcome;
        }
        Set<Long> sourceIds = new HashSet<>(ids(sources));
        if (replace) {
            touched.addAll(dropAutomatic(sourceIds));
        }
        // pairs that already have a row are left alone: ANALYST rows always, and rows of another pass that committed
        // since these claims did
        Set<Pair> locked = new HashSet<>();
        String sourceList = literals(sourceIds);
        for (Object row : Panache.getEntityManager().createNativeQuery("select claim_id, related_claim_id from claim_relation"
                + " where claim_id in (" + sourceList + ") union all select claim_id, related_claim_id from claim_relation"
                + " where related_claim_id in (" + sourceList + ")").getResultList()) {
            Object[] columns = (Object[]) row;
            locked.add(pairKey(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()));
        }
        List<ClaimFacts> comparable = sources.stream().filter(ClaimFacts::comparable).toList();
        if (comparable.isEmpty()) {
            return outcome;
        }
        Set<Long> articles = new HashSet<>();
        comparable.forEach(s -> articles.add(s.articleId()));
        Set<Long> candidateIds = candidates(comparable, articles.size() == 1 ? articles.iterator().next() : null);
        candidateIds.removeAll(sourceIds);
        if (candidateIds.size() > MAX_POOL) {
            candidateIds = new HashSet<>(candidateIds.stream().sorted(Comparator.reverseOrder()).limit(MAX_POOL).toList());
        }
        List<ClaimFacts> pool = new ArrayList<>(load(candidateIds));
        pool.addAll(comparable); // sources of different articles may relate to each other
        if (pool.size() == comparable.size() && articles.size() == 1) {
            return outcome;
        }

        // only claims with a subject in common can relate: compare each claim with those alone
        Map<Long, List<ClaimFacts>> poolBySubject = new HashMap<>();
        for (ClaimFacts other : pool) {
            for (Long subject : other.subjects()) {
                poolBySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(other);
            }
        }
        List<ClaimRelation> rows = new ArrayList<>();
        Set<Pair> done = new HashSet<>();
        for (ClaimFacts source : comparable) {
            List<Object[]> found = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (Long subject : source.subjects()) {
                for (ClaimFacts other : poolBySubject.getOrDefault(subject, List.of())) {
                    // two new claims are compared once, when the newer one picks the older
                    if (!seen.add(other.id()) || sourceIds.contains(other.id()) && other.id() > source.id()) {
                        continue;
                    }
                    Verdict verdict = rules.judge(source, other);
                    if (verdict != null) {
                        found.add(new Object[] {other, verdict});
                    }
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
                rows.add(ClaimRelation.of(source.id(), other.id(), verdict.kind(), RelationOrigin.AUTOMATIC, verdict.reason(),
                        verdict.reverseReason()));
                touched.add(source.id());
                touched.add(other.id());
                added.merge(source.id(), verdict.kind(), ClaimRelations::stronger);
                added.merge(other.id(), verdict.kind(), ClaimRelations::stronger);
                kept++;
            }
        }
        insert(rows);
        return outcome;
    }

    private static final String INSERT = "insert into claim_relation (claim_id, related_claim_id, kind, origin, reason, reverse_reason,"
            + " created_at) values (?, ?, ?, ?, ?, ?, ?)";

    /**
     * Writes automatic relation rows as one JDBC batch on the transaction's connection. Not as managed entities: an
     * ingest pass writes hundreds, nothing reads them back as entities in the same transaction, and Hibernate's
     * per-entity work (persist events, action queue, flush) costs nearly as much as the inserts themselves. A row
     * that another pass stored meanwhile fails the batch with Hibernate's unique-key exception, as a flush would.
     */
    static void insert(List<ClaimRelation> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.flush(); // the claims these rows point to, when the caller's transaction changed them
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (ClaimRelation row : rows) {
                    insert.setLong(1, row.claimId);
                    insert.setLong(2, row.relatedClaimId);
                    insert.setString(3, row.kind.name());
                    insert.setString(4, row.origin.name());
                    insert.setString(5, row.reason);
                    insert.setString(6, row.reverseReason);
                    insert.setObject(7, row.createdAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static RelationKind stronger(RelationKind a, RelationKind b) {
        return a == RelationKind.CONTRADICTS || b == RelationKind.CONTRADICTS ? RelationKind.CONTRADICTS : a;
    }

    /** Deletes the automatic relations of these claims; returns the claims on either side. */
    private Set<Long> dropAutomatic(Collection<Long> claimIds) {
        Set<Long> touched = new HashSet<>(counterparts(claimIds));
        EntityManager em = Panache.getEntityManager();
        em.flush();
        List<Long> ids = new ArrayList<>(claimIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 1000));
            // one statement per side: each an index range, where "or" over the two columns reads every row on H2
            em.createQuery("delete from ClaimRelation r where r.origin = :origin and r.claimId in :ids")
                    .setParameter("origin", RelationOrigin.AUTOMATIC).setParameter("ids", slice).executeUpdate();
            em.createQuery("delete from ClaimRelation r where r.origin = :origin and r.relatedClaimId in :ids")
                    .setParameter("origin", RelationOrigin.AUTOMATIC).setParameter("ids", slice).executeUpdate();
        }
        touched.addAll(claimIds);
        return touched;
    }

    /**
     * Candidate claims for {@code sources}: per figure (measure and unit, as quantity.match_key) and subject, the newest
     * claims with such a figure about that actor; per subject of a dated claim, the newest dated claims about that
     * actor. One statement, each branch an index range (ix_quantity_match, ix_claim_subject_actor_newest) read newest
     * first and cut after {@code candidates} rows: its cost does not grow with the number of stored claims.
     */
    Set<Long> candidates(List<ClaimFacts> sources, Long excludeArticle) {
        Map<String, Set<Long>> actorsByFigure = new LinkedHashMap<>();
        Set<Long> datedActors = new LinkedHashSet<>();
        for (ClaimFacts source : sources) {
            for (ClaimFacts.Figure figure : source.figures()) {
                actorsByFigure.computeIfAbsent(figure.matchKey(), k -> new LinkedHashSet<>()).addAll(source.subjects());
            }
            if (source.time() != null) {
                datedActors.addAll(source.subjects());
            }
        }
        List<String> branches = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        // the new claims themselves are among the newest rows: skip them rather than count them. The ids are written
        // into the statement (our own numbers, never client text): H2 then checks them with a hash set, where with
        // parameters it compares each row with every id in turn.
        String sourceIds = literals(ids(sources));
        int i = 0;
        for (Map.Entry<String, Set<Long>> figure : actorsByFigure.entrySet()) {
            if (i == MAX_LOOKUPS) {
                break;
            }
            // the order names the index's columns as the index has them, so that H2 too reads it backwards and stops
            branches.add("(select q.claim_id as id from quantity q where q.match_key = :m" + i + " and q.claim_id not in (" + sourceIds + ")"
                    + " and exists (select 1 from claim_subject s where s.claim_id = q.claim_id and s.actor_id in (:a" + i + "))"
                    + " order by q.match_key, q.claim_id desc fetch first " + candidates + " rows only)");
            parameters.put("m" + i, figure.getKey());
            parameters.put("a" + i, padded(List.copyOf(figure.getValue())));
            i++;
        }
        int j = 0;
        for (Long actor : datedActors) {
            if (j == MAX_LOOKUPS) {
                break;
            }
            branches.add("(select s.claim_id as id from claim_subject s where s.actor_id = :d" + j + " and s.claim_id not in (" + sourceIds + ")"
                    + " and exists (select 1 from claim c where c.id = s.claim_id and c.time_start is not null)"
                    + " order by s.actor_id, s.claim_id desc fetch first " + candidates + " rows only)");
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

    /**
     * What relation detection needs of stored claims: two statements, whatever the number of claims (the claims, then
     * their subjects, places with the places those lie in, and figures in one).
     */
    public List<ClaimFacts> load(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = padded(List.copyOf(new LinkedHashSet<>(claimIds)));
        Map<Long, Set<Long>> subjects = new HashMap<>();
        Map<Long, Set<Long>> places = new HashMap<>();
        Map<Long, Set<Long>> scopes = new HashMap<>();
        Map<Long, List<ClaimFacts.Figure>> figures = new HashMap<>();
        Map<Long, Certainty> certainties = new HashMap<>();
        List<Object[]> claims = IdListQuery.list("select c.id, c.articleId, c.certainty, c.sortAt, c.timeStart, c.timeEnd, c.timePrecision,"
                + " c.timeText, c.text, c.attribution from Claim c where c.id in :ids", Object[].class, ids);
        claims.forEach(row -> certainties.put((Long) row[0], (Certainty) row[2]));
        List<?> links = Panache.getEntityManager().createNativeQuery(LINKS.replace(":ids", literals(ids))).getResultList();
        for (Object link : links) {
            Object[] row = (Object[]) link;
            long claim = ((Number) row[1]).longValue();
            switch (((Number) row[0]).intValue()) {
                case 1 -> subjects.computeIfAbsent(claim, k -> new HashSet<>()).add(((Number) row[2]).longValue());
                case 2 -> {
                    places.computeIfAbsent(claim, k -> new HashSet<>()).add(((Number) row[2]).longValue());
                    Set<Long> scope = scopes.computeIfAbsent(claim, k -> new HashSet<>());
                    for (int c = 2; c <= 4; c++) {
                        if (row[c] != null) {
                            scope.add(((Number) row[c]).longValue());
                        }
                    }
                }
                default -> figures.computeIfAbsent(claim, k -> new ArrayList<>()).add(ClaimFacts.Figure.of((String) row[9], (String) row[8],
                        ((Number) row[5]).doubleValue(), row[6] == null ? null : ((Number) row[6]).doubleValue(),
                        QuantityBound.valueOf((String) row[7]), (String) row[10], certainties.get(claim) == Certainty.ESTIMATED));
            }
        }
        List<ClaimFacts> facts = new ArrayList<>(claims.size());
        for (Object[] row : claims) {
            long id = (Long) row[0];
            TimeInterval time = row[4] == null || row[5] == null || row[6] == null ? null
                    : new TimeInterval((LocalDate) row[4], (LocalDate) row[5], (TimePrecision) row[6]);
            String timeText = (String) row[7];
            facts.add(new ClaimFacts(id, (Long) row[1], (Certainty) row[2], utcDay((OffsetDateTime) row[3]), time, timeText,
                    Set.copyOf(subjects.getOrDefault(id, Set.of())), Set.copyOf(places.getOrDefault(id, Set.of())),
                    Set.copyOf(scopes.getOrDefault(id, Set.of())), List.copyOf(figures.getOrDefault(id, List.of())),
                    Wording.stems((String) row[8], timeText, (String) row[9])));
        }
        return facts;
    }

    /**
     * Subjects (1), places with their parent and grandparent (2) and figures (3) of the claims :ids (written in as
     * literals), in one statement.
     */
    private static final String LINKS = "select 1 as kind, cs.claim_id, cs.actor_id as a, cast(null as bigint) as b, cast(null as bigint) as c,"
            + " cast(null as double precision) as amount, cast(null as double precision) as upper_amount, cast(null as varchar(16)) as bound,"
            + " cast(null as varchar(100)) as unit, cast(null as varchar(100)) as measure, cast(null as varchar(500)) as text, 0 as position"
            + " from claim_subject cs where cs.claim_id in (:ids)"
            + " union all select 2, cl.claim_id, cl.location_id, l.parent_id, p.parent_id, null, null, null, null, null, null, 0"
            + " from claim_location cl join location l on l.id = cl.location_id left join location p on p.id = l.parent_id"
            + " where cl.claim_id in (:ids)"
            + " union all select 3, q.claim_id, null, null, null, q.amount, q.upper_amount, q.bound, q.unit, q.measure, q.text, q.position"
            + " from quantity q where q.claim_id in (:ids) and q.measure is not null and q.unit is not null"
            + " order by 1, 2, 12";

    /** Ids as a SQL list of literals, "1, 2, 3": only ever for ids read from the database, never for client input. */
    static String literals(Collection<Long> ids) {
        StringBuilder list = new StringBuilder();
        for (Long id : new LinkedHashSet<>(ids)) {
            list.append(list.length() == 0 ? "" : ", ").append(id.longValue());
        }
        return list.length() == 0 ? "-1" : list.toString();
    }

    /**
     * The ids, padded with the last to the next power of two (at least 8): a few statement shapes, which H2 and
     * Hibernate then prepare once, instead of one per length.
     */
    static List<Long> padded(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of(-1L);
        }
        int size = 8;
        while (size < ids.size()) {
            size <<= 1;
        }
        List<Long> padded = new ArrayList<>(size);
        padded.addAll(ids);
        while (padded.size() < size) {
            padded.add(ids.get(ids.size() - 1));
        }
        return padded;
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
