package io.claimgraph.store;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.BadUserInputException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Runs a filtered list query one keyset page at a time: rows strictly after the cursor position, in the list's
 * stable order, one more than asked to learn whether a next page exists. Unlike OFFSET paging, the database seeks
 * straight to the position through the sort index, so page 500 costs what page 1 costs.
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

    public <T> Page<T> page(Class<T> entity, Filters filters, Keyset<T> keyset, Integer first, String after) {
        int size = pageSize(first);
        EntityManager em = Panache.getEntityManager();
        String from = " from " + entity.getSimpleName() + " e";

        StringBuilder hql = new StringBuilder("select e").append(from).append(filters.where());
        CursorCodec.Position position = decode(keyset, after);
        if (position != null) {
            hql.append(filters.where().isEmpty() ? " where " : " and ").append(keyset.after("e"));
        }
        hql.append(keyset.orderBy("e"));

        TypedQuery<T> rows = em.createQuery(hql.toString(), entity);
        bind(rows, filters.parameters());
        if (position != null) {
            rows.setParameter("afterSort", keyset.parseSort().apply(position.sortValue()));
            rows.setParameter("afterId", position.id());
        }
        // one row more than asked tells whether a next page exists (for first: 0 too)
        List<T> items = rows.setMaxResults(size + 1).getResultList();

        boolean hasNext = items.size() > size;
        List<T> page = hasNext ? items.subList(0, size) : items;
        return new Page<>(List.copyOf(page), hasNext, countWhenAsked(from + filters.where(), filters.parameters()),
                cursorOf(keyset));
    }

    /**
     * The count query runs only if the client selected totalCount, after the resolver's own transaction has
     * ended: so it joins or opens a transaction of its own, and remembers its answer.
     */
    private static LongSupplier countWhenAsked(String fromWhere, Map<String, Object> parameters) {
        long[] memo = {-1};
        return () -> {
            if (memo[0] < 0) {
                memo[0] = QuarkusTransaction.joiningExisting().call(() -> {
                    TypedQuery<Long> count = Panache.getEntityManager().createQuery("select count(e)" + fromWhere,
                            Long.class);
                    bind(count, parameters);
                    return count.getSingleResult();
                });
            }
            return memo[0];
        };
    }

    /** Validates {@code first}: absent means the default page size; negative or above the maximum is refused. */
    public int pageSize(Integer first) {
        if (first == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (first < 0 || first > maxPageSize) {
            throw new BadUserInputException("first", "first must be between 0 and " + maxPageSize);
        }
        return first;
    }

    public CursorCodec.Position decode(Keyset<?> keyset, String after) {
        return after == null ? null : cursors.decode("after", keyset.kind(), after);
    }

    public <T> java.util.function.Function<T, String> cursorOf(Keyset<T> keyset) {
        return row -> cursors.encode(keyset.kind(), keyset.sortValue().apply(row), keyset.id().apply(row));
    }

    private static void bind(jakarta.persistence.Query query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
    }
}
