package io.claimgraph.store;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a keyset-paginated list, before it is shaped into a GraphQL connection.
 *
 * @param items           at most the requested number of rows, in list order
 * @param hasNextPage     whether rows follow the last one
 * @param hasPreviousPage whether rows come before the first one
 * @param totalCount      how many rows the whole filtered list has; asked for only when a client selects it
 * @param cursorOf        the opaque cursor that points at a row
 */
public record Page<T>(List<T> items, boolean hasNextPage, boolean hasPreviousPage, LongSupplier totalCount,
        Function<T, String> cursorOf) {

    public PageInfo pageInfo() {
        return new PageInfo(hasNextPage, items.isEmpty() ? null : cursorOf.apply(items.get(items.size() - 1)),
                hasPreviousPage, items.isEmpty() ? null : cursorOf.apply(items.get(0)));
    }

    public int totalCountAsInt() {
        return (int) Math.min(Integer.MAX_VALUE, totalCount.getAsLong());
    }
}
