package io.claimgraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shapes the rows of one batched query back into one result per parent, in the order SmallRye handed the
 * parents over, as batched {@code @Source List<...>} resolvers must return them.
 */
public final class Batches {

    private Batches() {
    }

    public static <P> List<Long> ids(List<P> parents, Function<P, Long> id) {
        return parents.stream().map(id).toList();
    }

    /** Children that carry their parent's id, grouped per parent; a parent without children gets an empty list. */
    public static <C> List<List<C>> groupBy(List<Long> parentIds, List<C> children, Function<C, Long> parentId) {
        Map<Long, List<C>> byParent = new HashMap<>();
        for (C child : children) {
            byParent.computeIfAbsent(parentId.apply(child), k -> new ArrayList<>()).add(child);
        }
        return parentIds.stream().map(id -> byParent.getOrDefault(id, List.of())).toList();
    }

    /** Rows of (parent id, child) from a join, grouped per parent. */
    public static <C> List<List<C>> groupPairs(List<Long> parentIds, List<Object[]> rows, Class<C> childType) {
        Map<Long, List<C>> byParent = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byParent.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(childType.cast(row[1]));
        }
        return parentIds.stream().map(id -> byParent.getOrDefault(id, List.of())).toList();
    }

    /** One optional related row per parent, looked up by the id the parent holds (null stays null). */
    public static <P, R> List<R> lookup(List<P> parents, Function<P, Long> relatedId, Map<Long, R> relatedById) {
        return parents.stream().map(p -> {
            Long id = relatedId.apply(p);
            return id == null ? null : relatedById.get(id);
        }).toList();
    }

    /** The list cut into consecutive slices of at most {@code size} (a statement's id list has a limit). */
    public static <T> List<List<T>> slices(List<T> list, int size) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < list.size(); from += size) {
            slices.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return slices;
    }
}
