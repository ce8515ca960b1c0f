package io.claimgraph.store;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pages a newest-first child list (claims or articles) for many parents at once, in either direction, for nested connections such as
 * {@code actors { claims(first: 5) }}.
 *
 * <p>This is where the N+1 of nested connections is fixed. Resolving {@code claims(first: 5)} per actor would cost
 * one query per actor on the page. Instead the batched resolver hands all the page's parents here, and one
 * statement ranks each parent's children with {@code row_number() over (partition by parent ...)} and keeps the
 * first {@code first + 1} of each (or, paging backward, the last {@code last + 1}); one more loads those rows, one
 * counts the totals if totalCount is asked for, and one tells, when a cursor was given, which parents have rows on
 * its other side. At most four statements per nesting level, whatever the number of parents.
 */
@ApplicationScoped
public class NestedPager {

    private final KeysetPager pager;

    public NestedPager(KeysetPager pager) {
        this.pager = pager;
    }

    /**
     * @param entity     the child entity, mapped to {@code table}, with columns {@code id} and {@code sort_at}, in the
     *                   order of {@code keyset} (one key, on {@code sortAt})
     * @param membership SQL selecting {@code child_id, parent_id} pairs (each pair once) for parents {@code :parents}
     */
    public <T> Map<Long, Page<T>> pagePerParent(Class<T> entity, String table, String membership,
            Collection<Long> parentIds, Keyset<T> keyset, PageRequest request) {
        boolean backward = request.backward();
        int size = backward ? pager.pageSize("last", request.last()) : pager.pageSize("first", request.first());
        CursorCodec.Position after = pager.decode(keyset, "after", request.after());
        CursorCodec.Position before = pager.decode(keyset, "before", request.before());
        Map<Long, Page<T>> pages = new HashMap<>();
        if (parentIds.isEmpty()) {
            return pages;
        }
        EntityManager em = Panache.getEntityManager();
        ChildOrder order = new ChildOrder(keyset);

        List<String> bounds = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        order.bound(after, Keyset.Side.AFTER, "a", bounds, parameters);
        order.bound(before, Keyset.Side.BEFORE, "b", bounds, parameters);
        Map<Long, List<Long>> childIdsByParent = rankedChildIds(em, table, membership, parentIds, order, backward,
                bounds, parameters, size + 1);
        // the other side of each parent's page lies beyond the cursor the client came from, if it gave one
        CursorCodec.Position from = backward ? before : after;
        Map<Long, List<Long>> beyondCursor = Map.of();
        if (from != null) {
            List<String> beyond = new ArrayList<>();
            Map<String, Object> beyondParameters = new HashMap<>();
            order.bound(from, backward ? Keyset.Side.AT_OR_AFTER : Keyset.Side.AT_OR_BEFORE, "x", beyond,
                    beyondParameters);
            beyondCursor = rankedChildIds(em, table, membership, parentIds, order, false, beyond, beyondParameters, 1);
        }
        Map<Long, T> children = load(em, entity, childIdsByParent, keyset.id());
        // like KeysetPager's count, the totals are counted only if a client selects totalCount, once for all parents
        Map<Long, Long>[] totals = new Map[1];
        Function<Long, Long> totalOf = parentId -> {
            if (totals[0] == null) {
                totals[0] = QuarkusTransaction.joiningExisting()
                        .call(() -> totals(Panache.getEntityManager(), membership, parentIds));
            }
            return totals[0].getOrDefault(parentId, 0L);
        };

        Function<T, String> cursorOf = pager.cursorOf(keyset);
        for (Long parentId : parentIds) {
            List<T> items = new ArrayList<>();
            for (Long childId : childIdsByParent.getOrDefault(parentId, List.of())) {
                items.add(children.get(childId));
            }
            boolean more = items.size() > size;
            List<T> page = new ArrayList<>(more ? items.subList(0, size) : items);
            if (backward) {
                Collections.reverse(page);
            }
            boolean beyond = beyondCursor.containsKey(parentId);
            pages.put(parentId, new Page<>(List.copyOf(page), backward ? beyond : more, backward ? more : beyond,
                    () -> totalOf.apply(parentId), cursorOf));
        }
        return pages;
    }

    /** The SQL of a nested list's order: one timestamp key on column {@code sort_at}, then id. */
    private record ChildOrder(Keyset<?> keyset) {

        ChildOrder {
            if (keyset.keys().size() != 1 || !keyset.keys().get(0).field().equals("sortAt")) {
                throw new IllegalArgumentException("nested lists order by sortAt alone");
            }
        }

        String orderBy(boolean reversed) {
            String direction = keyset.idDescending() != reversed ? " desc" : " asc";
            return "t.sort_at" + direction + ", t.id" + direction;
        }

        void bound(CursorCodec.Position position, Keyset.Side side, String prefix, List<String> conditions,
                Map<String, Object> parameters) {
            if (position == null) {
                return;
            }
            boolean forward = side == Keyset.Side.AFTER || side == Keyset.Side.AT_OR_AFTER;
            boolean inclusive = side == Keyset.Side.AT_OR_AFTER || side == Keyset.Side.AT_OR_BEFORE;
            String op = forward != keyset.idDescending() ? ">" : "<";
            conditions.add("(t.sort_at " + op + " :" + prefix + "Sort or (t.sort_at = :" + prefix + "Sort and t.id "
                    + op + (inclusive ? "=" : "") + " :" + prefix + "Id))");
            parameters.put(prefix + "Sort", keyset.parse(position.sortValue()).get(0));
            parameters.put(prefix + "Id", position.id());
        }
    }

    private static Map<Long, List<Long>> rankedChildIds(EntityManager em, String table, String membership,
            Collection<Long> parentIds, ChildOrder order, boolean reversed, List<String> conditions,
            Map<String, Object> parameters, int limit) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String sql = "select r.parent_id, r.id from (select m.parent_id, t.id, row_number() over "
                + "(partition by m.parent_id order by " + order.orderBy(reversed) + ") as rn from " + table
                + " t join (" + membership + ") m on m.child_id = t.id" + where
                + ") r where r.rn <= :limit order by r.parent_id, r.rn";
        Query query = em.createNativeQuery(sql).setParameter("parents", parentIds).setParameter("limit", limit);
        parameters.forEach(query::setParameter);
        Map<Long, List<Long>> ids = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            ids.computeIfAbsent(((Number) columns[0]).longValue(), k -> new ArrayList<>())
                    .add(((Number) columns[1]).longValue());
        }
        return ids;
    }

    private static <T> Map<Long, T> load(EntityManager em, Class<T> entity, Map<Long, List<Long>> idsByParent,
            Function<T, Long> id) {
        List<Long> ids = idsByParent.values().stream().flatMap(List::stream).distinct().toList();
        Map<Long, T> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            IdListQuery.list("from " + entity.getSimpleName() + " e where e.id in :ids", entity, ids)
                    .forEach(row -> rows.put(id.apply(row), row));
        }
        return rows;
    }

    private static Map<Long, Long> totals(EntityManager em, String membership, Collection<Long> parentIds) {
        Map<Long, Long> totals = new HashMap<>();
        List<?> rows = em
                .createNativeQuery("select m.parent_id, count(*) from (" + membership + ") m group by m.parent_id")
                .setParameter("parents", parentIds).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            totals.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
        }
        return totals;
    }
}
