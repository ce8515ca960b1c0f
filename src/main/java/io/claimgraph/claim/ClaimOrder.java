package io.claimgraph.claim;

import io.claimgraph.store.ListOrder;
import io.claimgraph.store.OrderDirection;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One key of the order of a claim list. */
@Input("ClaimOrder")
public class ClaimOrder implements ListOrder.Key<ClaimOrder.Field> {

    /** What claims can be ordered by; every order has an index behind it. */
    @Enum("ClaimOrderField")
    public enum Field {
        /** When the claim was published (its article's publication time), the list's standard order when DESC. */
        RECENCY
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
