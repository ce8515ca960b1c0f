package io.claimgraph.relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Claim ids shaped for relation detection's SQL: written in as literals, or padded to a few list lengths. */
final class SqlIds {

    private SqlIds() {
    }

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

    /** The ids of these claims, in order. */
    static List<Long> of(List<ClaimFacts> facts) {
        return facts.stream().map(ClaimFacts::id).toList();
    }
}
