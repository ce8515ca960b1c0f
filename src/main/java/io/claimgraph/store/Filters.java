package io.claimgraph.store;

import io.claimgraph.error.BadUserInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The where-clause of a list query, built from the filter fields a client set, with its named parameters. */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) when {@code value} is set; null and empty lists mean "no filter". */
    public Filters when(Object value, String clause, String name) {
        if (value == null || value instanceof List<?> list && list.isEmpty()) {
            return this;
        }
        clauses.add(clause);
        parameters.put(name, value);
        return this;
    }

    public Filters always(String clause, Map<String, Object> clauseParameters) {
        clauses.add(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public String and() {
        return clauses.isEmpty() ? "" : " and " + String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    /** The escape clause that goes with {@link #containing(String, String)} patterns. */
    public static final String LIKE_ESCAPE = " escape '!'";

    /** Longest text a filter searches for: a LIKE pattern of megabytes would be compared with every row. */
    public static final int MAX_FILTER_TEXT = 200;

    /** Text taken literally in a LIKE pattern with {@link #LIKE_ESCAPE}: the client's wildcards are not ours. */
    public static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** {@link #containing(String, String)} for the {@code text} filters. */
    public static String containing(String text) {
        return containing("filter.text", text);
    }

    /** A lower-case substring pattern for LIKE, with the client's own wildcards taken literally. */
    public static String containing(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_FILTER_TEXT) {
            throw new BadUserInputException(field, field + " is longer than " + MAX_FILTER_TEXT + " characters");
        }
        return "%" + escapeLike(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    }
}
