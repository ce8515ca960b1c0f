package io.claimgraph.location;

import io.claimgraph.store.OrderKey;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;

/** One key of the order of a location list. */
@Input("LocationOrder")
public class LocationOrder extends OrderKey<LocationOrder.Field> {

    /** What locations can be ordered by; every order has an index behind it. */
    @Enum("LocationOrderField")
    public enum Field {
        /** The name, ignoring case and diacritics (the list's standard order when ASC). */
        NAME,
        /** How many claims name the place (claimCount). */
        CLAIM_COUNT
    }
}
