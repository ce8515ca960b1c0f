package io.claimgraph.store;

import io.claimgraph.error.BadUserInputException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A client's {@code orderBy}: sort keys in significance order, each a field of the list and a direction. It becomes
 * the list's {@link Keyset}, whose kind names the order, so a cursor of one order is refused for another.
 */
public final class ListOrder {

    /** More keys than this order nothing a client can see. */
    public static final int MAX_KEYS = 3;

    /** One key of an {@code orderBy} input. */
    public interface Key<F extends Enum<F>> {
        F sortField();

        OrderDirection sortDirection();
    }

    private ListOrder() {
    }

    /**
     * The keyset of {@code orderBy} over list {@code list}; {@code standard} when none is given.
     *
     * @param keyOf the ascending sort key of a field
     */
    public static <T, F extends Enum<F>> Keyset<T> keyset(String list, Keyset<T> standard,
            List<? extends Key<F>> orderBy, Function<F, Keyset.SortKey<T>> keyOf) {
        if (orderBy == null || orderBy.isEmpty()) {
            return standard;
        }
        if (orderBy.size() > MAX_KEYS) {
            throw new BadUserInputException("orderBy", "At most " + MAX_KEYS + " keys in orderBy");
        }
        List<Keyset.SortKey<T>> keys = new ArrayList<>();
        StringBuilder kind = new StringBuilder(list).append(':');
        Set<F> seen = null;
        for (Key<F> key : orderBy) {
            if (key == null || key.sortField() == null) {
                throw new BadUserInputException("orderBy", "Each orderBy key needs a field");
            }
            if (seen == null) {
                seen = EnumSet.noneOf(key.sortField().getDeclaringClass());
            }
            if (!seen.add(key.sortField())) {
                throw new BadUserInputException("orderBy", key.sortField() + " appears twice in orderBy");
            }
            boolean descending = key.sortDirection() == OrderDirection.DESC;
            keys.add(keyOf.apply(key.sortField()).direction(descending));
            kind.append(key.sortField().name()).append(descending ? "-" : "+");
        }
        Keyset<T> ordered = new Keyset<>(kind.toString(), keys, standard.id());
        // the order the list has anyway keeps the cursors it always had
        return ordered.keys().equals(standard.keys()) ? standard : ordered;
    }
}
