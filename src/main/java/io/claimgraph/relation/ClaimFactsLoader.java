package io.claimgraph.relation;

import io.claimgraph.model.Certainty;
import io.claimgraph.model.QuantityBound;
import io.claimgraph.store.IdListQuery;
import io.claimgraph.time.TimeInterval;
import io.claimgraph.time.TimePrecision;
import io.claimgraph.time.UtcDay;
import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what relation detection needs of stored claims ({@link ClaimFacts}): two statements, whatever the number of
 * claims (the claims, then their subjects, places with the places those lie in, and figures in one).
 */
final class ClaimFactsLoader {

    private static final String CLAIMS = "select c.id, c.articleId, c.certainty, c.sortAt, c.timeStart, c.timeEnd,"
            + " c.timePrecision, c.timeText, c.text, c.attribution from Claim c where c.id in :ids";

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

    private static final int SUBJECT = 1;
    private static final int PLACE = 2;

    private ClaimFactsLoader() {
    }

    /** A row of {@link #CLAIMS}. */
    private record StoredClaim(long id, long articleId, Certainty certainty, OffsetDateTime sortAt, LocalDate timeStart,
            LocalDate timeEnd, TimePrecision timePrecision, String timeText, String text, String attribution) {

        static StoredClaim of(Object[] row) {
            return new StoredClaim((Long) row[0], (Long) row[1], (Certainty) row[2], (OffsetDateTime) row[3],
                    (LocalDate) row[4], (LocalDate) row[5], (TimePrecision) row[6], (String) row[7], (String) row[8],
                    (String) row[9]);
        }

        TimeInterval time() {
            return timeStart == null || timeEnd == null || timePrecision == null ? null
                    : new TimeInterval(timeStart, timeEnd, timePrecision);
        }
    }

    /**
     * A row of {@link #LINKS}: a subject ({@code a} the actor), a place ({@code a} the location, {@code b} and
     * {@code c} the places it lies in) or a figure (the quantity's columns).
     */
    private record Link(int kind, long claimId, Long a, Long b, Long c, Double amount, Double upperAmount, String bound,
            String unit, String measure, String text) {

        static Link of(Object[] row) {
            return new Link(((Number) row[0]).intValue(), ((Number) row[1]).longValue(), asLong(row[2]),
                    asLong(row[3]), asLong(row[4]), asDouble(row[5]), asDouble(row[6]), (String) row[7],
                    (String) row[8], (String) row[9], (String) row[10]);
        }

        private static Long asLong(Object value) {
            return value == null ? null : ((Number) value).longValue();
        }

        private static Double asDouble(Object value) {
            return value == null ? null : ((Number) value).doubleValue();
        }
    }

    static List<ClaimFacts> load(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = SqlIds.padded(List.copyOf(new LinkedHashSet<>(claimIds)));
        Map<Long, Set<Long>> subjects = new HashMap<>();
        Map<Long, Set<Long>> places = new HashMap<>();
        Map<Long, Set<Long>> scopes = new HashMap<>();
        Map<Long, List<ClaimFacts.Figure>> figures = new HashMap<>();
        Map<Long, Certainty> certainties = new HashMap<>();
        List<StoredClaim> claims = IdListQuery.list(CLAIMS, Object[].class, ids).stream().map(StoredClaim::of).toList();
        claims.forEach(claim -> certainties.put(claim.id(), claim.certainty()));
        List<?> rows = Panache.getEntityManager().createNativeQuery(LINKS.replace(":ids", SqlIds.literals(ids)))
                .getResultList();
        for (Object row : rows) {
            Link link = Link.of((Object[]) row);
            long claim = link.claimId();
            switch (link.kind()) {
                case SUBJECT -> subjects.computeIfAbsent(claim, k -> new HashSet<>()).add(link.a());
                case PLACE -> {
                    places.computeIfAbsent(claim, k -> new HashSet<>()).add(link.a());
                    Set<Long> scope = scopes.computeIfAbsent(claim, k -> new HashSet<>());
                    for (Long place : new Long[]{link.a(), link.b(), link.c()}) {
                        if (place != null) {
                            scope.add(place);
                        }
                    }
                }
                default -> figures.computeIfAbsent(claim, k -> new ArrayList<>())
                        .add(ClaimFacts.Figure.of(link.measure(), link.unit(),
                                link.amount(), link.upperAmount(), QuantityBound.valueOf(link.bound()), link.text(),
                                certainties.get(claim) == Certainty.ESTIMATED));
            }
        }
        List<ClaimFacts> facts = new ArrayList<>(claims.size());
        for (StoredClaim claim : claims) {
            long id = claim.id();
            facts.add(new ClaimFacts(id, claim.articleId(), claim.certainty(), UtcDay.of(claim.sortAt()),
                    claim.time(),
                    claim.timeText(), Set.copyOf(subjects.getOrDefault(id, Set.of())),
                    Set.copyOf(places.getOrDefault(id, Set.of())),
                    Set.copyOf(scopes.getOrDefault(id, Set.of())), List.copyOf(figures.getOrDefault(id, List.of())),
                    Wording.stems(claim.text(), claim.timeText(), claim.attribution())));
        }
        return facts;
    }
}
