package io.claimgraph.store;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pages a newest-first child list (claims or articles) for many parents at once, for nested connections such as
 * {@code actors { claims(first: 5) }}.
 *
 * <p>This is where the N+1 of nested connections is fixed. Resolving {@code claims(first: 5)} per actor would cost
 * one query per actor on the page. Instead the batched resolver hands all the page's parents here, and one
 * statement ranks each parent's children with {@code row_number() over (partition by parent ...)} and keeps the
 * first {@code first + 1} of each; one more loads those rows, and one counts the totals if totalCount is asked for.
 * At most three statements per nesting level, whatever the number of parents.
 */
@ApplicationScoped
public class NestedPager {

    private final KeysetPager pager;

    public NestedPager(KeysetPager pager) {
        this.pager = pager;
    }

    /**
     * @param entity     the child entity, mapped to {@code table}, with columns {@code id} and {@code sort_at}
     * @param membership SQL selecting {@code child_id, parent_id} pairs (each pair once) for parents {@code :parents}
     */
    public <T> Map<Long, Page<T>> pagePerParent(Class<T> entity, String table, String membership,
            Collection<Long> parentIds,
            Keyset<T> keyset, Integer first, String after) {
        int size = pager.pageSize(first);
        CursorCodec.Position position = pager.decode(keyset, after);
        Map<Long, Page<T>> pages = new HashMap<>();
        if (parentIds.isEmpty()) {
            return pages;
        }
        EntityManager em = Panache.getEntityManager();

        Map<Long, List<Long>> childIdsByParent = rankedChildIds(em, table, membership, parentIds, keyset, position,
                size + 1);
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
            boolean hasNext = items.size() > size;
            List<T> page = hasNext ? items.subList(0, size) : items;
            pages.put(parentId, new Page<>(List.copyOf(page), hasNext, () -> totalOf.apply(parentId), cursorOf));
        }
        return pages;
    }

    private static Map<Long, List<Long>> rankedChildIds(EntityManager em, String table, String membership,
            Collection<Long> parentIds, Keyset<?> keyset, CursorCodec.Position position, int limit) {
        String afterClause = position == null ? ""
                : " where (t.sort_at < :afterSort or (t.sort_at = :afterSort and t.id < :afterId))";
        String sql = "select r.parent_id, r.id from (select m.parent_id, t.id, row_number() over "
                + "(partition by m.parent_id order by t.sort_at desc, t.id desc) as rn from " + table + " t join ("
                + membership + ") m on m.child_id = t.id" + afterClause
                + ") r where r.rn <= :limit order by r.parent_id, r.rn";
        Query query = em.createNativeQuery(sql).setParameter("parents", parentIds).setParameter("limit", limit);
        if (position != null) {
            query.setParameter("afterSort", keyset.parseSort().apply(position.sortValue()));
            query.setParameter("afterId", position.id());
        }
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
