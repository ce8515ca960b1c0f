package io.claimgraph.store;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.BadUserInputException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pages through a search's hits, most relevant first, rows of equal rank by id (newest first).
 *
 * <p>The hits are the newest {@code claimgraph.search.window} rows that match and pass the filter, ranked. Ranking
 * reads every candidate (PostgreSQL its stored tsvector), so without the window a search for a word that half the
 * archive holds would cost in proportion to the archive; with it, PostgreSQL either walks the list's newest-first
 * index until the window is full (common words) or takes the few matches from the search index (rare ones), and a
 * search costs the same at a million claims as at a hundred thousand. The count is of the same window, so it agrees
 * with what paging reaches.
 *
 * <p>The cursor holds the last hit's rank and id and names the search text (by a hash), so a cursor of one search is
 * refused by another: the same position means nothing in a different ranking.
 */
@ApplicationScoped
public class SearchPager {

    private final CursorCodec cursors;
    private final KeysetPager pager;
    private final int window;

    public SearchPager(CursorCodec cursors, KeysetPager pager, ClaimgraphConfig config) {
        this.cursors = cursors;
        this.pager = pager;
        this.window = config.search().window();
    }

    /**
     * @param entity  the entity searched (alias {@code e} in the match and the filters; {@code h} in the rank)
     * @param recency its newest-first order, for the window (e.g. {@code e.sortAt desc, e.id desc})
     * @param kind    the list's name in its cursors ("article-search")
     * @param search  the search text
     * @param query   the search's match and rank over {@code entity}
     * @param filters the client's filter, combined with the search
     * @param id      reads a row's id
     */
    public <T> Page<SearchHit<T>> page(Class<T> entity, String recency, String kind, SearchText search,
            SearchText.SearchQuery query, Filters filters, Function<T, Long> id, Integer first, String after) {
        int size = pager.pageSize("first", first);
        String cursorKind = kind + "-" + hash(search.text());
        CursorCodec.Position position = after == null ? null : cursors.decode("after", cursorKind, after);
        Object rankAfter = position == null ? null : parseRank(query, position.sortValue());

        String name = entity.getSimpleName();
        String from = " from " + name + " h where h.id in (select e.id from " + name + " e where " + query.match()
                + filters.and() + " order by " + recency + " limit " + window + ")";
        String keyset = rankAfter == null ? ""
                : " and (" + query.rank() + " < :rankAfter or (" + query.rank() + " = :rankAfter and h.id < :idAfter))";
        TypedQuery<Object[]> rows = Panache.getEntityManager().createQuery(
                "select h, " + query.rank() + from + keyset + " order by " + query.rank() + " desc, h.id desc",
                Object[].class);
        Map<String, Object> parameters = new HashMap<>(query.parameters());
        parameters.putAll(filters.parameters());
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
        return new Page<>(List.copyOf(hits), found.size() > size, position != null,
                KeysetPager.countWhenAsked("select count(h)" + from, parameters),
                hit -> cursors.encode(cursorKind, hit.rank().toString(), id.apply(hit.row())));
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
