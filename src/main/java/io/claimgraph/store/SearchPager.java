package io.claimgraph.store;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.BadUserInputException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pages through a search's hits, most relevant first, rows of equal rank by id (newest first).
 *
 * <p>Two bounds keep the rows a search reads the same at a million claims as at a hundred thousand. The
 * <em>window</em>: the hits are the newest {@code claimgraph.search.window} rows that match and pass the filter,
 * ranked. Ranking reads every candidate (PostgreSQL its stored tsvector), so without it a word that half the archive
 * holds would cost in proportion to the archive; with it, PostgreSQL walks the list's newest-first index until the
 * window is full. The <em>horizon</em>: only the newest {@code claimgraph.search.horizon} rows that pass the filter are
 * searched. The window alone does not bound a word of middle frequency (too rare for the walk to fill the window soon,
 * so common that gathering its matches from the search index grows with the archive), nor a search whose
 * {@code -word} removes every match (it must read them all to say there are none). With the horizon's start as a
 * range on the time index, PostgreSQL intersects it with the search index and reads only the matches inside it (the
 * search index still gathers all of a word's matches first, about a microsecond each; on PostgreSQL a search without
 * a filter therefore takes its window from {@link RecentSearchCopy}, whose index holds only the newest rows). What
 * lies beyond is not lost: the {@link SearchScope} says where the search stopped, and {@code olderThan} searches the
 * older rows. The count is of the same window, so it agrees with what paging reaches.
 *
 * <p>The cursor holds the last hit's rank and id and names the search text and its {@code olderThan} (by a hash), so a
 * cursor of one search is refused by another: the same position means nothing in a different ranking.
 */
@ApplicationScoped
public class SearchPager {

    /**
     * How long the horizon of a search without filter is reused. Finding it walks 10,000 index entries, a millisecond
     * or two, as much as the rest of a search; rows ingested meanwhile only widen the horizon, and rows removed
     * narrow it, which {@link SearchScope#searchedFrom()} reports, so a search continued from there misses nothing.
     */
    private static final Duration UNFILTERED_SCOPE_LIFETIME = Duration.ofSeconds(2);

    private final CursorCodec cursors;
    private final KeysetPager pager;
    private final RecentSearchCopy recentCopy;
    private final int window;
    private final int horizon;
    private final ShortLived<String, SearchScope> unfilteredScopes = new ShortLived<>(UNFILTERED_SCOPE_LIFETIME);

    public SearchPager(CursorCodec cursors, KeysetPager pager, RecentSearchCopy recentCopy, ClaimgraphConfig config) {
        this.cursors = cursors;
        this.recentCopy = recentCopy;
        this.pager = pager;
        this.window = config.search().window();
        this.horizon = Math.max(1, config.search().horizon());
    }

    /**
     * @param entity  the entity searched (alias {@code e} in the match and the filters; {@code h} in the rank)
     * @param recency its newest-first order, for the window (e.g. {@code e.sortAt desc, e.id desc})
     * @param kind    the list's name in its cursors ("article-search")
     * @param search  the search text
     * @param query   the search's match and rank over {@code entity}
     * @param filters the client's filter, combined with the search
     * @param id      reads a row's id
     * @param olderThan searches only rows older than this (a previous search's {@link SearchScope#searchedFrom()})
     */
    public <T> SearchResults<T> page(Class<T> entity, String recency, String kind, SearchText search,
            SearchText.SearchQuery query, Filters filters, Function<T, Long> id, Integer first, String after,
            OffsetDateTime olderThan) {
        int size = pager.pageSize("first", first);
        String cursorKind = kind + "-"
                + hash(search.text() + (olderThan == null ? "" : "\u0000" + olderThan.toInstant()));
        CursorCodec.Position position = after == null ? null : cursors.decode("after", cursorKind, after);
        Object rankAfter = position == null ? null : parseRank(query, position.sortValue());

        String name = entity.getSimpleName();
        boolean unfiltered = filters.where().isEmpty() && olderThan == null;
        if (olderThan != null) {
            filters.always("e.sortAt < :searchBefore", Map.of("searchBefore", olderThan));
        }
        SearchScope scope = unfiltered ? unfilteredScopes.get(name, () -> scope(name, recency, filters))
                : scope(name, recency, filters);
        if (!scope.complete()) {
            filters.always("e.sortAt >= :searchedFrom", Map.of("searchedFrom", scope.searchedFrom()));
        }
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        Optional<String> copied = unfiltered ? recentCopy.window(name, query, scope, horizon, window)
                : Optional.empty();
        String from = " from " + name + " h where h.id in (" + copied.orElse("select e.id from " + name + " e where "
                + query.match() + filters.and() + " order by " + recency + " limit " + window) + ")";
        parameters.putAll(filters.parameters());
        String keyset = rankAfter == null ? ""
                : " and (" + query.rank() + " < :rankAfter or (" + query.rank() + " = :rankAfter and h.id < :idAfter))";
        TypedQuery<Object[]> rows = Panache.getEntityManager().createQuery(
                "select h, " + query.rank() + from + keyset + " order by " + query.rank() + " desc, h.id desc",
                Object[].class);
        parameters.forEach(rows::setParameter);
        if (rankAfter != null) {
            rows.setParameter("rankAfter", rankAfter);
            rows.setParameter("idAfter", position.id());
        }
        List<Object[]> found = rows.setMaxResults(size + 1).getResultList();
        List<SearchHit<T>> hits = new ArrayList<>(Math.min(found.size(), size));
        for (int i = 0; i < Math.min(found.size(), size); i++) {
            hits.add(new SearchHit<>(entity.cast(found.get(i)[0]), (Number) found.get(i)[1]));
        }
        return new SearchResults<>(new Page<>(List.copyOf(hits), found.size() > size, position != null,
                KeysetPager.countWhenAsked("select count(h)" + from, parameters),
                hit -> cursors.encode(cursorKind, hit.rank().toString(), id.apply(hit.row()))), scope);
    }

    /**
     * Where the horizon starts: the time of the horizon-th newest row that passes the filter (one walk of the time
     * index, read from the index alone when the filter needs no other column). Rows of that time are all inside, so
     * a search continued with {@code olderThan} at that time meets none of them again.
     */
    private SearchScope scope(String name, String recency, Filters filters) {
        TypedQuery<OffsetDateTime> oldest = Panache.getEntityManager().createQuery(
                "select e.sortAt from " + name + " e" + filters.where() + " order by " + recency,
                OffsetDateTime.class);
        filters.parameters().forEach(oldest::setParameter);
        List<OffsetDateTime> edge = oldest.setFirstResult(horizon - 1).setMaxResults(2).getResultList();
        if (edge.size() < 2) {
            return SearchScope.COMPLETE;
        }
        OffsetDateTime from = edge.get(0);
        if (edge.get(1).isBefore(from)) {
            return new SearchScope(false, from);
        }
        // the rows just past the horizon share its time, so they are inside: is anything older left out?
        TypedQuery<Long> older = Panache.getEntityManager().createQuery(
                "select e.id from " + name + " e where e.sortAt < :edge" + filters.and(), Long.class);
        filters.parameters().forEach(older::setParameter);
        boolean leftOut = !older.setParameter("edge", from).setMaxResults(1).getResultList().isEmpty();
        return leftOut ? new SearchScope(false, from) : SearchScope.COMPLETE;
    }

    private static Object parseRank(SearchText.SearchQuery query, String rank) {
        try {
            return query.parseRank().apply(rank);
        } catch (RuntimeException e) {
            throw new BadUserInputException("after", "Invalid cursor: pass a cursor of a page of the same search");
        }
    }

    /** A short digest of the search text, so cursors stay short and do not repeat what was searched. */
    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
