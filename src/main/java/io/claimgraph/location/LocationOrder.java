package io.claimgraph.location;

import io.claimgraph.store.ListOrder;
import io.claimgraph.store.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One key of the order of a location list. */
@Input("LocationOrder")
public class LocationOrder implements ListOrder.Key<LocationOrder.Field> {

    /** What locations can be ordered by; every order has an index behind it. */
    @Enum("LocationOrderField")
    public enum Field {
        /** The name, ignoring case and diacritics (the list's standard order when ASC). */
        NAME
    }

    @NonNull
    public Field field;

    @DefaultValue("ASC")
    public OrderDirection direction = OrderDirection.ASC;

    @Override
    public Field sortField() {
        return field;
    }

    @Override
    public OrderDirection sortDirection() {
        return direction;
    }
}
