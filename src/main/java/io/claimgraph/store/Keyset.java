package io.claimgraph.store;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The stable order of a list and how a row's position in it is written into a cursor. A list orders by one or more
 * sort keys, each in its own direction, and then by id in the direction of the last key, so (sort values, id) names
 * every position exactly. The conditions "strictly after" and "strictly before" a position are written out key by
 * key ({@code k1 > v1 or (k1 = v1 and k2 < v2) or ...}), which a database answers from an index on the keys.
 *
 * @param kind which list and which order a cursor belongs to; cursors of another list or order are refused
 * @param keys the sort keys, most significant first (at least one); every sort column is non-null
 * @param id reads a row's id
 */
public record Keyset<T>(String kind, List<SortKey<T>> keys, Function<T, Long> id) {

    /**
     * One sort key.
     *
     * @param field the entity attribute sorted on
     * @param descending largest (newest, last) first
     * @param value reads a row's value as cursor text
     * @param parse reads cursor text back into a query parameter
     */
    public record SortKey<T>(String field, boolean descending, Function<T, String> value,
            Function<String, Object> parse) {

        public SortKey<T> reversed() {
            return new SortKey<>(field, !descending, value, parse);
        }

        public SortKey<T> direction(boolean descending) {
            return new SortKey<>(field, descending, value, parse);
        }
    }

    /** Where a condition puts the rows it keeps, relative to a cursor position, in the list's order. */
    public enum Side {
        AFTER, BEFORE, AT_OR_AFTER, AT_OR_BEFORE
    }

    public Keyset {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a keyset needs a sort key");
        }
    }

    /** Newest first by a timestamp column, then by id. */
    public static <T> Keyset<T> newestFirst(String kind, String sortField, Function<T, OffsetDateTime> time,
            Function<T, Long> id) {
        return new Keyset<>(kind, List.of(timeKey(sortField, time).direction(true)), id);
    }

    /** Alphabetical by a folded name column, then by id. */
    public static <T> Keyset<T> alphabetical(String kind, String sortField, Function<T, String> name,
            Function<T, Long> id) {
        return new Keyset<>(kind, List.of(textKey(sortField, name)), id);
    }

    /** An ascending key on a timestamp column. */
    public static <T> SortKey<T> timeKey(String field, Function<T, OffsetDateTime> time) {
        return new SortKey<>(field, false, row -> time.apply(row).toInstant().toString(),
                text -> OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC));
    }

    /** An ascending key on a date column. */
    public static <T> SortKey<T> dateKey(String field, Function<T, LocalDate> date) {
        return new SortKey<>(field, false, row -> date.apply(row).toString(), LocalDate::parse);
    }

    /** An ascending key on a text column. */
    public static <T> SortKey<T> textKey(String field, Function<T, String> text) {
        return new SortKey<>(field, false, text, value -> value);
    }

    /** An ascending key on a whole-number column. */
    public static <T> SortKey<T> numberKey(String field, Function<T, ? extends Number> number) {
        return new SortKey<>(field, false, row -> String.valueOf(number.apply(row).longValue()), Long::valueOf);
    }

    /** An ascending key on an enum column stored by name. */
    public static <T, E extends Enum<E>> SortKey<T> enumKey(String field, Class<E> type, Function<T, E> value) {
        return new SortKey<>(field, false, row -> value.apply(row).name(), text -> Enum.valueOf(type, text));
    }

    /** Whether the id, the last key of every order, runs largest first. */
    public boolean idDescending() {
        return keys.get(keys.size() - 1).descending();
    }

    /** HQL order of the list (or of the list read from its end), for entity alias {@code alias}. */
    public String orderBy(String alias, boolean reversed) {
        StringBuilder order = new StringBuilder(" order by ");
        for (SortKey<T> key : keys) {
            order.append(alias).append('.').append(key.field()).append(direction(key.descending(), reversed))
                    .append(", ");
        }
        return order.append(alias).append(".id").append(direction(idDescending(), reversed)).toString();
    }

    private static String direction(boolean descending, boolean reversed) {
        return descending != reversed ? " desc" : " asc";
    }

    /**
     * HQL condition keeping the rows on {@code side} of a position, for entity alias {@code alias}; its parameters
     * are named {@code prefix0, prefix1, ..., prefixId} ({@link #bind}).
     */
    public String condition(String alias, Side side, String prefix) {
        boolean forward = side == Side.AFTER || side == Side.AT_OR_AFTER;
        boolean inclusive = side == Side.AT_OR_AFTER || side == Side.AT_OR_BEFORE;
        List<String> columns = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        for (SortKey<T> key : keys) {
            columns.add(alias + "." + key.field());
            descending.add(key.descending());
        }
        columns.add(alias + ".id");
        descending.add(idDescending());

        if (!descending.contains(!descending.get(0))) {
            return rowComparison(columns, forward != descending.get(0), inclusive, prefix);
        }
        StringBuilder any = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                any.append(" or ");
            }
            any.append('(');
            for (int j = 0; j < i; j++) {
                any.append(columns.get(j)).append(" = :").append(parameter(prefix, j, columns.size())).append(" and ");
            }
            boolean greater = forward != descending.get(i);
            boolean last = i == columns.size() - 1;
            String op = (greater ? ">" : "<") + (inclusive && last ? "=" : "");
            any.append(columns.get(i)).append(' ').append(op).append(" :").append(parameter(prefix, i, columns.size()))
                    .append(')');
        }
        return any.append(')').toString();
    }

    /**
     * Keys that all run one way compare as one row value, {@code (k1, k2, id) > (:v1, :v2, :id)}: PostgreSQL reads that
     * as one range of the order's index and starts at the cursor, where the spelled-out form ({@code k1 > v1 or (k1 =
     * v1 and ...)}) had it scan the index from the list's start and filter, a cost that grew with the page's depth.
     */
    private static String rowComparison(List<String> columns, boolean greater, boolean inclusive, String prefix) {
        StringBuilder left = new StringBuilder("(");
        StringBuilder right = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            String separator = i == 0 ? "" : ", ";
            left.append(separator).append(columns.get(i));
            right.append(separator).append(':').append(parameter(prefix, i, columns.size()));
        }
        return left.append(") ").append(greater ? ">" : "<").append(inclusive ? "= " : " ").append(right).append(')')
                .toString();
    }

    /** Binds a position to the parameters of a {@link #condition} with the same prefix. */
    public void bind(Query query, String prefix, CursorCodec.Position position) {
        List<Object> values = parse(position.sortValue());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(parameter(prefix, i, keys.size() + 1), values.get(i));
        }
        query.setParameter(parameter(prefix, keys.size(), keys.size() + 1), position.id());
    }

    private static String parameter(String prefix, int index, int count) {
        return index == count - 1 ? prefix + "Id" : prefix + index;
    }

    /** A row's sort values as one cursor text: the value itself for one key, else each as length:value. */
    public String sortValue(T row) {
        if (keys.size() == 1) {
            return keys.get(0).value().apply(row);
        }
        StringBuilder text = new StringBuilder();
        for (SortKey<T> key : keys) {
            String value = key.value().apply(row);
            text.append(value.length()).append(':').append(value);
        }
        return text.toString();
    }

    /** The query parameters of a cursor's sort values; IllegalArgumentException when they are not this order's. */
    public List<Object> parse(String sortValue) {
        if (keys.size() == 1) {
            return List.of(keys.get(0).parse().apply(sortValue));
        }
        List<Object> values = new ArrayList<>();
        int at = 0;
        for (SortKey<T> key : keys) {
            int colon = sortValue.indexOf(':', at);
            if (colon < 0) {
                throw new IllegalArgumentException("not a position of this order");
            }
            int end = colon + 1 + Integer.parseInt(sortValue.substring(at, colon));
            if (end > sortValue.length()) {
                throw new IllegalArgumentException("not a position of this order");
            }
            values.add(key.parse().apply(sortValue.substring(colon + 1, end)));
            at = end;
        }
        if (at != sortValue.length()) {
            throw new IllegalArgumentException("not a position of this order");
        }
        return values;
    }
}
