package io.claimgraph.relation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the stored claims worth comparing with new ones, through indexes only: per figure (measure and unit, as
 * quantity.match_key) and subject, the newest claims with such a figure about that actor; per subject of a dated
 * claim, the newest dated claims about that actor. One statement, each branch an index range (ix_quantity_match,
 * ix_claim_subject_actor_newest) read newest first and cut after {@code perLookup} rows: its cost does not grow with
 * the number of stored claims.
 */
final class RelationCandidates {

    /** Most candidate lookups in one statement (figure keys and dated actors each). */
    private static final int MAX_LOOKUPS = 48;

    private final int perLookup;

    /** {@code perLookup}: the newest claims kept per figure or dated actor (claimgraph.relations.candidates). */
    RelationCandidates(int perLookup) {
        this.perLookup = perLookup;
    }

    /** The candidates' ids, without {@code sources} and, when given, without the claims of {@code excludeArticle}. */
    Set<Long> find(List<ClaimFacts> sources, Long excludeArticle) {
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
        String sourceIds = SqlIds.literals(SqlIds.of(sources));
        int i = 0;
        for (Map.Entry<String, Set<Long>> figure : actorsByFigure.entrySet()) {
            if (i == MAX_LOOKUPS) {
                break;
            }
            // the order names the index's columns as the index has them, so that H2 too reads it backwards and stops
            branches.add("(select q.claim_id as id from quantity q where q.match_key = :m" + i
                    + " and q.claim_id not in (" + sourceIds + ")"
                    + " and exists (select 1 from claim_subject s where s.claim_id = q.claim_id and s.actor_id in (:a"
                    + i + "))"
                    + " order by q.match_key, q.claim_id desc fetch first " + perLookup + " rows only)");
            parameters.put("m" + i, figure.getKey());
            parameters.put("a" + i, SqlIds.padded(List.copyOf(figure.getValue())));
            i++;
        }
        int j = 0;
        for (Long actor : datedActors) {
            if (j == MAX_LOOKUPS) {
                break;
            }
            branches.add("(select s.claim_id as id from claim_subject s where s.actor_id = :d" + j
                    + " and s.claim_id not in (" + sourceIds + ")"
                    + " and exists (select 1 from claim c where c.id = s.claim_id and c.time_start is not null)"
                    + " order by s.actor_id, s.claim_id desc fetch first " + perLookup + " rows only)");
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
}
