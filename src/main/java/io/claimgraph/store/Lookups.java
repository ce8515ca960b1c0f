package io.claimgraph.store;

import io.claimgraph.error.NotFoundException;
import io.quarkus.hibernate.orm.panache.Panache;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loading rows by the ids clients and parent rows name, shared by the mutations and the batched resolvers. */
public final class Lookups {

    private Lookups() {
    }

    /** The row a mutation names by {@code field}; a malformed id is BAD_USER_INPUT, an unknown one NOT_FOUND. */
    public static <T> T require(Class<T> type, String field, String what, String id) {
        T row = Panache.getEntityManager().find(type, Ids.parse(field, id));
        if (row == null) {
            throw new NotFoundException(field, what, id);
        }
        return row;
    }

    /** The rows with these ids (nulls and repeats ignored), in one statement, by id. */
    public static <T> Map<Long, T> byId(Class<T> type, Collection<Long> ids, Function<T, Long> id) {
        var distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        return IdListQuery.list("from " + type.getSimpleName() + " e where e.id in :ids", type, distinct).stream()
                .collect(Collectors.toMap(id, Function.identity()));
    }
}
