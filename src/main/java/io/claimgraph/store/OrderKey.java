package io.claimgraph.store;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * One key of a list's {@code orderBy} input: a field of the list and a direction. Each list's input type extends it
 * with the enum of what that list can be ordered by.
 */
public abstract class OrderKey<F extends Enum<F>> implements ListOrder.Key<F> {

    @NonNull
    public F field;

    @DefaultValue("ASC")
    public OrderDirection direction = OrderDirection.ASC;

    @Override
    public F sortField() {
        return field;
    }

    @Override
    public OrderDirection sortDirection() {
        return direction;
    }
}
