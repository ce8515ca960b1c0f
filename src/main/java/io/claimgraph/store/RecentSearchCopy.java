package io.claimgraph.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The newest rows' search vectors, kept apart on PostgreSQL ({@code V9_1__search_recent.sql}): a search without a
 * filter takes its window of matches from there, where the search index holds only the newest rows, so what it costs
 * does not grow with the archive. The copy is whole from its floor on; a horizon that starts before the floor (or a
 * search with a filter, whose horizon reaches as far back as the filter needs) reads the table itself.
 */
@ApplicationScoped
public class RecentSearchCopy {

    /** The floor moves only when the copy is trimmed, one insert in a thousand; a stale floor is only more cautious. */
    private static final Duration FLOOR_LIFETIME = Duration.ofSeconds(2);

    private final ShortLived<String, Optional<Instant>> floors = new ShortLived<>(FLOOR_LIFETIME);

    /**
     * The ids of the newest {@code window} rows of {@code table} that match, within the horizon, newest first; empty
     * when the copy does not hold the whole horizon (or on H2, which has no copy).
     */
    Optional<List<Long>> window(String table, SearchText search, SearchScope scope, int window) {
        if (!TextSearch.FULL_TEXT || !holds(table, scope)) {
            return Optional.empty();
        }
        String vector = table + "_search_vector";
        var query = Panache.getEntityManager()
                .createNativeQuery("select r.id from " + table + "_search_recent r where r."
                        + vector + " @@ websearch_to_tsquery('english', " + search.literal() + ")"
                        + (scope.complete() ? "" : " and r.sort_at >= ?1")
                        + " order by r.sort_at desc, r.id desc limit "
                        + window, Long.class);
        if (!scope.complete()) {
            query.setParameter(1, scope.searchedFrom());
        }
        @SuppressWarnings("unchecked")
        List<Long> ids = query.getResultList();
        return Optional.of(ids);
    }

    private boolean holds(String table, SearchScope scope) {
        Optional<Instant> floor = floors.get(table, () -> floor(table));
        if (floor.isEmpty()) {
            return true; // the copy holds every row
        }
        return !scope.complete() && !scope.searchedFrom().toInstant().isBefore(floor.get());
    }

    private static Optional<Instant> floor(String table) {
        List<?> rows = Panache.getEntityManager()
                .createNativeQuery("select floor from search_recent_floor where name = ?1")
                .setParameter(1, table).getResultList();
        if (rows.isEmpty()) {
            return Optional.of(Instant.MAX); // no copy: never used
        }
        Object floor = rows.get(0);
        // PostgreSQL's driver gives a native timestamptz as an Instant; other paths as an OffsetDateTime
        return floor == null ? Optional.empty()
                : Optional.of(floor instanceof OffsetDateTime time ? time.toInstant() : (Instant) floor);
    }
}
