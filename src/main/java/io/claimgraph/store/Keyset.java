package io.claimgraph.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * The stable order of a list and how a row's position in it is written into a cursor. Lists order by one sort
 * column and then by id in the same direction, so (sort value, id) names every position exactly.
 *
 * @param kind       which list a cursor belongs to; cursors of another list are refused
 * @param sortField  the entity attribute sorted on
 * @param descending newest (or last) first
 * @param sortValue  reads a row's sort value as cursor text
 * @param parseSort  reads cursor text back into a query parameter
 * @param id         reads a row's id
 */
public record Keyset<T>(String kind, String sortField, boolean descending, Function<T, String> sortValue,
        Function<String, Object> parseSort, Function<T, Long> id) {

    /** Newest first by a timestamp column, then by id. */
    public static <T> Keyset<T> newestFirst(String kind, String sortField, Function<T, OffsetDateTime> time,
            Function<T, Long> id) {
        return new Keyset<>(kind, sortField, true, row -> time.apply(row).toInstant().toString(),
                text -> OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC), id);
    }

    /** Alphabetical by a folded name column, then by id. */
    public static <T> Keyset<T> alphabetical(String kind, String sortField, Function<T, String> name,
            Function<T, Long> id) {
        return new Keyset<>(kind, sortField, false, name, text -> text, id);
    }

    /** HQL order of the list, for entity alias {@code e}. */
    public String orderBy(String alias) {
        String direction = descending ? " desc" : " asc";
        return " order by " + alias + "." + sortField + direction + ", " + alias + ".id" + direction;
    }

    /** HQL condition "strictly after the cursor position", for entity alias {@code e}. */
    public String after(String alias) {
        String op = descending ? "<" : ">";
        return "(" + alias + "." + sortField + " " + op + " :afterSort or (" + alias + "." + sortField
                + " = :afterSort and "
                + alias + ".id " + op + " :afterId))";
    }
}
