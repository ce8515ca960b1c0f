package io.claimgraph.actor;

import io.claimgraph.store.ListOrder;
import io.claimgraph.store.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One key of the order of a actor list. */
@Input("ActorOrder")
public class ActorOrder implements ListOrder.Key<ActorOrder.Field> {

    /** What actors can be ordered by; every order has an index behind it. */
    @Enum("ActorOrderField")
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
