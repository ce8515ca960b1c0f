package io.claimgraph.actor;

import io.claimgraph.store.OrderKey;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;

/** One key of the order of an actor list. */
@Input("ActorOrder")
public class ActorOrder extends OrderKey<ActorOrder.Field> {

    /** What actors can be ordered by; every order has an index behind it. */
    @Enum("ActorOrderField")
    public enum Field {
        /** The name, ignoring case and diacritics (the list's standard order when ASC). */
        NAME,
        /** How many claims the actor asserts or is a subject of (claimCount). */
        CLAIM_COUNT,
        /** When the newest of those claims was published (lastSeen); actors never seen come first when ASC. */
        LAST_SEEN
    }
}
