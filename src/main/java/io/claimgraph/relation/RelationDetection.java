package io.claimgraph.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares claims with their candidates by the rules ({@link RelationRules}, in memory) and stores the automatic
 * relations found, at most {@code maxPerClaim} per claim, contradictions first. Pairs that already have a row are
 * left alone: ANALYST rows always, and rows of another pass that committed since these claims did.
 */
final class RelationDetection {

    /**
     * Most candidates compared with one article's claims, the newest kept. Their facts are read with id lists, and
     * H2 checks an id list against every row it reads: the cost grows with the square of the list.
     */
    static final int MAX_POOL = 256;

    private final RelationRules rules;
    private final RelationCandidates candidates;
    private final int maxPerClaim;

    RelationDetection(RelationRules rules, RelationCandidates candidates, int maxPerClaim) {
        this.rules = rules;
        this.candidates = candidates;
        this.maxPerClaim = maxPerClaim;
    }

    /**
     * What {@link #relate} changed.
     *
     * @param touched every claim whose relations changed (added or dropped)
     * @param gained  per claim that gained relations, how many of each kind (indexed by {@link RelationKind#ordinal})
     */
    record Outcome(Set<Long> touched, Map<Long, int[]> gained) {
    }

    /** A relation the rules found for a claim: the other claim and the verdict. */
    private record Found(ClaimFacts other, Verdict verdict) {
    }

    /**
     * Compares {@code sources} with their candidates and stores what the rules find. With {@code replace}, the
     * sources' automatic relations are dropped first (a recomputation, or a retry after a race).
     */
    Outcome relate(List<ClaimFacts> sources, boolean replace) {
        Set<Long> touched = new HashSet<>();
        Map<Long, int[]> gained = new HashMap<>();
        Outcome outcome = new Outcome(touched, gained);
        if (sources.isEmpty()) {
            return outcome;
        }
        Set<Long> sourceIds = new HashSet<>(SqlIds.of(sources));
        if (replace) {
            touched.addAll(RelationRows.dropAutomatic(sourceIds));
        }
        Set<ClaimPair> locked = RelationRows.storedPairs(sourceIds);
        List<ClaimFacts> comparable = sources.stream().filter(ClaimFacts::comparable).toList();
        if (comparable.isEmpty()) {
            return outcome;
        }
        Set<Long> articles = new HashSet<>();
        comparable.forEach(s -> articles.add(s.articleId()));
        Set<Long> candidateIds = candidates.find(comparable, articles.size() == 1 ? articles.iterator().next() : null);
        candidateIds.removeAll(sourceIds);
        if (candidateIds.size() > MAX_POOL) {
            candidateIds = new HashSet<>(
                    candidateIds.stream().sorted(Comparator.reverseOrder()).limit(MAX_POOL).toList());
        }
        List<ClaimFacts> pool = new ArrayList<>(ClaimFactsLoader.load(candidateIds));
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
        Set<ClaimPair> done = new HashSet<>();
        for (ClaimFacts source : comparable) {
            List<Found> found = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (Long subject : source.subjects()) {
                for (ClaimFacts other : poolBySubject.getOrDefault(subject, List.of())) {
                    // two new claims are compared once, when the newer one picks the older
                    if (!seen.add(other.id()) || sourceIds.contains(other.id()) && other.id() > source.id()) {
                        continue;
                    }
                    Verdict verdict = rules.judge(source, other);
                    if (verdict != null) {
                        found.add(new Found(other, verdict));
                    }
                }
            }
            // contradictions first (they set the status), then the newest claims
            found.sort(Comparator.<Found, Boolean>comparing(f -> f.verdict().kind() != RelationKind.CONTRADICTS)
                    .thenComparing(f -> -f.other().id()));
            int kept = 0;
            for (Found f : found) {
                ClaimFacts other = f.other();
                Verdict verdict = f.verdict();
                ClaimPair key = ClaimPair.of(source.id(), other.id());
                if (kept >= maxPerClaim || locked.contains(key) || !done.add(key)) {
                    continue;
                }
                rows.add(ClaimRelation.of(source.id(), other.id(), verdict.kind(), RelationOrigin.AUTOMATIC,
                        verdict.reason(),
                        verdict.reverseReason()));
                touched.add(source.id());
                touched.add(other.id());
                gained.computeIfAbsent(source.id(), id -> new int[RelationKind.values().length])[verdict.kind()
                        .ordinal()]++;
                gained.computeIfAbsent(other.id(), id -> new int[RelationKind.values().length])[verdict.kind()
                        .ordinal()]++;
                kept++;
            }
        }
        RelationBatchInsert.insert(rows);
        return outcome;
    }
}
