package io.claimgraph.store;

import io.claimgraph.error.BadUserInputException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pages through a search's hits, most relevant first, rows of equal rank by id (newest first). The cursor holds the
 * last hit's rank and id, and names the search text (by a hash), so a cursor of one search is refused by another:
 * the same position means nothing in a different ranking. The rank is computed for every matching row, so a page
 * costs what the number of matches costs, not what the table's size costs.
 */
@ApplicationScoped
public class SearchPager {

    private final CursorCodec cursors;
    private final KeysetPager pager;

    public SearchPager(CursorCodec cursors, KeysetPager pager) {
        this.cursors = cursors;
        this.pager = pager;
    }

    /**
     * @param entity  the entity searched (alias {@code e} in the query and the filters)
     * @param kind    the list's name in its cursors ("article-search")
     * @param search  the search text
     * @param query   the search's match and rank over {@code entity}
     * @param filters the client's filter, combined with the search
     * @param id      reads a row's id
     */
    public <T> Page<SearchHit<T>> page(Class<T> entity, String kind, SearchText search, SearchText.SearchQuery query,
            Filters filters, Function<T, Long> id, Integer first, String after) {
        int size = pager.pageSize("first", first);
        String cursorKind = kind + "-" + hash(search.text());
        CursorCodec.Position position = after == null ? null : cursors.decode("after", cursorKind, after);
        Object rankAfter = position == null ? null : parseRank(query, position.sortValue());

        String from = " from " + entity.getSimpleName() + " e where " + query.match() + filters.and();
        String keyset = rankAfter == null ? ""
                : " and (" + query.rank() + " < :rankAfter or (" + query.rank() + " = :rankAfter and e.id < :idAfter))";
        TypedQuery<Object[]> rows = Panache.getEntityManager().createQuery(
                "select e, " + query.rank() + from + keyset + " order by " + query.rank() + " desc, e.id desc",
                Object[].class);
        query.parameters().forEach(rows::setParameter);
        filters.parameters().forEach(rows::setParameter);
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
                KeysetPager.countWhenAsked(from, merged(query.parameters(), filters.parameters())),
                hit -> cursors.encode(cursorKind, hit.rank().toString(), id.apply(hit.row())));
    }

    private static Object parseRank(SearchText.SearchQuery query, String rank) {
        try {
            return query.parseRank().apply(rank);
        } catch (RuntimeException e) {
            throw new BadUserInputException("after", "Invalid cursor: pass a cursor of a page of the same search");
        }
    }

    private static Map<String, Object> merged(Map<String, Object> a, Map<String, Object> b) {
        Map<String, Object> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
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
