package io.claimgraph.store;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.BadUserInputException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Runs a filtered list query one keyset page at a time: the rows strictly after the {@code after} cursor in the
 * list's stable order, or, paging backward, the rows strictly before {@code before} read from the list's end; one
 * more than asked to learn whether the list goes on that way, and one index probe for the other side when a cursor
 * was given. Unlike OFFSET paging, the database seeks straight to the position through the sort index, so page 500
 * costs what page 1 costs, in either direction.
 */
@ApplicationScoped
public class KeysetPager {

    public static final int DEFAULT_PAGE_SIZE = 20;

    private final CursorCodec cursors;
    private final int maxPageSize;

    public KeysetPager(CursorCodec cursors, ClaimgraphConfig config) {
        this.cursors = cursors;
        this.maxPageSize = config.page().maxSize();
    }

    public <T> Page<T> page(Class<T> entity, Filters filters, Keyset<T> keyset, PageRequest request) {
        boolean backward = request.backward();
        int size = backward ? pageSize("last", request.last()) : pageSize("first", request.first());
        CursorCodec.Position after = decode(keyset, "after", request.after());
        CursorCodec.Position before = decode(keyset, "before", request.before());
        String from = " from " + entity.getSimpleName() + " e";

        StringBuilder where = new StringBuilder(filters.where());
        if (after != null) {
            where.append(where.isEmpty() ? " where " : " and ").append(keyset.condition("e", Keyset.Side.AFTER, "a"));
        }
        if (before != null) {
            where.append(where.isEmpty() ? " where " : " and ").append(keyset.condition("e", Keyset.Side.BEFORE, "b"));
        }
        TypedQuery<T> rows = Panache.getEntityManager()
                .createQuery("select e" + from + where + keyset.orderBy("e", backward), entity);
        bind(rows, filters.parameters());
        bindPosition(rows, keyset, "a", after);
        bindPosition(rows, keyset, "b", before);
        // one row more than asked tells whether the list goes on in the direction read (for a size of 0 too)
        List<T> items = rows.setMaxResults(size + 1).getResultList();

        boolean more = items.size() > size;
        List<T> page = new ArrayList<>(more ? items.subList(0, size) : items);
        if (backward) {
            Collections.reverse(page);
        }
        // the other side of the page lies beyond the cursor the client came from, if it gave one
        boolean beyondCursor = backward
                ? before != null && exists(entity, filters, keyset, Keyset.Side.AT_OR_AFTER, before)
                : after != null && exists(entity, filters, keyset, Keyset.Side.AT_OR_BEFORE, after);
        return new Page<>(List.copyOf(page), backward ? beyondCursor : more, backward ? more : beyondCursor,
                countWhenAsked("select count(e)" + from + filters.where(), filters.parameters()), cursorOf(keyset));
    }

    /** Whether the filtered list has a row on {@code side} of the position: one index probe. */
    private static <T> boolean exists(Class<T> entity, Filters filters, Keyset<T> keyset, Keyset.Side side,
            CursorCodec.Position position) {
        String where = filters.where();
        TypedQuery<Long> probe = Panache.getEntityManager().createQuery("select e.id from " + entity.getSimpleName()
                + " e" + where + (where.isEmpty() ? " where " : " and ") + keyset.condition("e", side, "x"),
                Long.class);
        bind(probe, filters.parameters());
        bindPosition(probe, keyset, "x", position);
        return !probe.setMaxResults(1).getResultList().isEmpty();
    }

    private static void bindPosition(jakarta.persistence.Query query, Keyset<?> keyset, String prefix,
            CursorCodec.Position position) {
        if (position != null) {
            keyset.bind(query, prefix, position);
        }
    }

    /**
     * The count query runs only if the client selected totalCount, after the resolver's own transaction has
     * ended: so it joins or opens a transaction of its own, and remembers its answer.
     */
    static LongSupplier countWhenAsked(String countQuery, Map<String, Object> parameters) {
        long[] memo = {-1};
        return () -> {
            if (memo[0] < 0) {
                memo[0] = QuarkusTransaction.joiningExisting().call(() -> {
                    TypedQuery<Long> count = Panache.getEntityManager().createQuery(countQuery,
                            Long.class);
                    bind(count, parameters);
                    return count.getSingleResult();
                });
            }
            return memo[0];
        };
    }

    /**
     * Validates a page size ({@code first} or {@code last}): absent means the default; negative or above the maximum
     * is refused.
     */
    public int pageSize(String argument, Integer size) {
        if (size == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (size < 0 || size > maxPageSize) {
            throw new BadUserInputException(argument, argument + " must be between 0 and " + maxPageSize);
        }
        return size;
    }

    /** A cursor of this list and order, passed as {@code argument}; null when none was passed. */
    public CursorCodec.Position decode(Keyset<?> keyset, String argument, String cursor) {
        if (cursor == null) {
            return null;
        }
        CursorCodec.Position position = cursors.decode(argument, keyset.kind(), cursor);
        try {
            keyset.parse(position.sortValue());
        } catch (RuntimeException e) {
            throw new BadUserInputException(argument,
                    "Invalid cursor: pass a cursor of a page of the same list in the same order");
        }
        return position;
    }

    public <T> java.util.function.Function<T, String> cursorOf(Keyset<T> keyset) {
        return row -> cursors.encode(keyset.kind(), keyset.sortValue(row), keyset.id().apply(row));
    }

    private static void bind(jakarta.persistence.Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
