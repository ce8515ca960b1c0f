package io.claimgraph.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The newest rows' search vectors, kept apart on PostgreSQL ({@code V10_1__search_recent.sql}): a search without a
 * filter takes its window of matches from there, where the search index holds only the newest rows, so what it costs
 * does not grow with the archive. The copy is whole from its floor on; a horizon that starts before the floor (or a
 * search with a filter, whose horizon reaches as far back as the filter needs) reads the table itself.
 */
@ApplicationScoped
public class RecentSearchCopy {

    /**
     * The floor rises only when the copy is trimmed (one insert in a thousand), and only to the row {@link #KEEPS}
     * back: a floor read two seconds ago still lies behind any horizon the copy is used for.
     */
    private static final Duration FLOOR_LIFETIME = Duration.ofSeconds(2);

    /**
     * Rows the copy keeps at least (the migration's trim). A horizon of up to half of it stays inside the copy while
     * the floor read here is up to two seconds old; a larger one reads the table.
     */
    private static final int KEEPS = 20_000;

    private final ShortLived<String, Optional<Instant>> floors = new ShortLived<>(FLOOR_LIFETIME);

    /**
     * The window of a search without a filter as an HQL subquery over the copy (the newest {@code window} rows that
     * match, within the horizon); empty when the copy does not hold the whole horizon (or on H2, which has no copy).
     *
     * @param entity the searched entity's name ("Article")
     * @param query  the search: its match functions name the vector column without an alias, which inside this
     *               subquery is the copy's
     */
    Optional<String> window(String entity, SearchText.SearchQuery query, SearchScope scope, int horizon, int window) {
        String table = entity.toLowerCase(Locale.ROOT);
        if (!TextSearch.FULL_TEXT || horizon > KEEPS / 2 || !holds(table, scope)) {
            return Optional.empty();
        }
        return Optional.of("select r.id from " + entity + "SearchCopy r where " + query.match()
                + (scope.complete() ? "" : " and r.sortAt >= :searchedFrom") + " order by r.sortAt desc, r.id desc"
                + " limit " + window);
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
