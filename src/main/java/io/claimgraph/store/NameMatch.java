package io.claimgraph.store;

import io.claimgraph.error.BadUserInputException;
import io.claimgraph.text.NameKey;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an autocomplete box typed, matched against folded names (name keys: lower case, no diacritics, so "sao"
 * finds "São Paulo"). Three letters or more match anywhere in a name ("kra" finds "Ukraine"), which PostgreSQL
 * answers from a trigram index; one or two match the start of a name only, since a trigram index cannot answer
 * them and the pattern-ops index can. The best matches come first: the whole name, then names that start with the
 * text, then names with a word that does, then the rest; shorter names before longer ones.
 */
public final class NameMatch {

    /** Longest text matched: a name key is at most 500 characters, a typed prefix far less. */
    public static final int MAX_LENGTH = 100;

    private final String key;

    private NameMatch(String key) {
        this.key = key;
    }

    /** Reads what a client typed ({@code field} names it in errors). */
    public static NameMatch of(String field, String text) {
        if (text != null && text.length() > MAX_LENGTH) {
            throw new BadUserInputException(field, field + " is longer than " + MAX_LENGTH + " characters");
        }
        String key = NameKey.of(text);
        if (key.isEmpty()) {
            throw new BadUserInputException(field, field + " must have a letter or digit to match");
        }
        return new NameMatch(key);
    }

    /** Most suggestions one call returns: a list under a search box, not a page to scroll. */
    public static final int MAX_SUGGESTIONS = 50;

    /** A client's {@code first}: 10 when absent, refused beyond {@link #MAX_SUGGESTIONS}. */
    public static int limit(Integer first) {
        int limit = first == null ? 10 : first;
        if (limit < 0 || limit > MAX_SUGGESTIONS) {
            throw new BadUserInputException("first", "first must be between 0 and " + MAX_SUGGESTIONS);
        }
        return limit;
    }

    /**
     * The best {@code limit} rows for an autocomplete box: by their name ({@code nameKey}) or by one of their aliases
     * ({@code aliasKey} of {@code alias}, whose {@code owner} attribute is the row), each row once, by its best
     * match. Two queries, each answered from its own index, merged here: one query with an {@code or} across the
     * two tables could use neither index.
     */
    public <E, A> List<Found<E>> suggest(Class<E> entity, Function<E, Found<E>> byName, Class<A> alias, String owner,
            Function<A, Found<E>> byAlias, int limit) {
        return merge(limit, find(entity, "nameKey", "e", "", limit, byName),
                find(alias, "aliasKey", "e", " join fetch e." + owner, limit, byAlias));
    }

    /** A name found, and the text of it that matched (the name itself or one of its aliases). */
    public record Found<T>(T row, long id, String matched, String matchedKey) {
    }

    /**
     * The best {@code limit} rows of {@code entity} whose {@code keyColumn} matches, best first.
     *
     * @param select what the query selects from {@code e} (the entity, or its owner through a join fetch)
     * @param found  turns a selected row into what was found
     */
    public <R, T> List<Found<T>> find(Class<R> entity, String keyColumn, String select, String joins, int limit,
            Function<R, Found<T>> found) {
        String column = "e." + keyColumn;
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("nameExact", key);
        parameters.put("namePrefix", Filters.escapeLike(key) + "%");
        String where;
        String quality;
        if (infix()) {
            parameters.put("nameWord", "% " + Filters.escapeLike(key) + "%");
            parameters.put("nameAnywhere", "%" + Filters.escapeLike(key) + "%");
            where = column + " like :nameAnywhere" + Filters.LIKE_ESCAPE;
            quality = "case when " + column + " = :nameExact then 0 when " + column + " like :namePrefix"
                    + Filters.LIKE_ESCAPE + " then 1 when " + column + " like :nameWord" + Filters.LIKE_ESCAPE
                    + " then 2 else 3 end";
        } else {
            where = column + " like :namePrefix" + Filters.LIKE_ESCAPE;
            quality = "case when " + column + " = :nameExact then 0 else 1 end";
        }
        var query = Panache.getEntityManager().createQuery("select " + select + " from " + entity.getSimpleName()
                + " e" + joins + " where " + where + " order by " + quality + ", length(" + column + "), " + column
                + ", e.id", entity);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(found).toList();
    }

    /** Names and aliases found by separate queries, merged: each row once, by its best match, best first. */
    @SafeVarargs
    public final <T> List<Found<T>> merge(int limit, List<Found<T>>... lists) {
        Map<Long, Found<T>> best = new LinkedHashMap<>();
        List<Found<T>> all = new ArrayList<>();
        for (List<Found<T>> list : lists) {
            all.addAll(list);
        }
        all.sort(Comparator.comparingInt((Found<T> f) -> quality(f.matchedKey()))
                .thenComparingInt(f -> f.matchedKey().length()).thenComparing(Found::matchedKey)
                .thenComparingLong(Found::id));
        for (Found<T> f : all) {
            best.putIfAbsent(f.id(), f);
        }
        return best.values().stream().limit(limit).toList();
    }

    private boolean infix() {
        return key.length() >= 3;
    }

    /** The rank the queries order by, for a key that matched. */
    int quality(String matchedKey) {
        if (matchedKey.equals(key)) {
            return 0;
        }
        if (matchedKey.startsWith(key)) {
            return 1;
        }
        return matchedKey.contains(" " + key) ? 2 : 3;
    }

    /** Where the typed text occurs in {@code shown} (a name as stored, with its case and diacritics). */
    public TextSpan highlight(String shown) {
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < shown.length(); i++) {
            String one = NameKey.of(String.valueOf(shown.charAt(i)));
            if (one.isEmpty()) {
                one = " "; // white space and dashes fold to a space between words
            }
            for (int k = 0; k < one.length(); k++) {
                folded.append(one.charAt(k));
                origin.add(i);
            }
        }
        String text = folded.toString();
        int at = text.startsWith(key) ? 0
                : text.indexOf(" " + key) >= 0 ? text.indexOf(" " + key) + 1 : text.indexOf(key);
        if (at < 0) {
            return null;
        }
        int end = at + key.length() - 1;
        return new TextSpan(origin.get(at), origin.get(end) + 1);
    }

}
