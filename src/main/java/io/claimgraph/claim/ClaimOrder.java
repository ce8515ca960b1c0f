package io.claimgraph.claim;

import io.claimgraph.store.OrderKey;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Input;

/** One key of the order of a claim list. */
@Input("ClaimOrder")
public class ClaimOrder extends OrderKey<ClaimOrder.Field> {

    /** What claims can be ordered by; every order has an index behind it. */
    @Enum("ClaimOrderField")
    public enum Field {
        /** When the claim was published (its article's publication time), the list's standard order when DESC. */
        RECENCY,
        /**
         * When what the claim says happened: its own date (time.start) or, when it has none, its article's
         * publication day (UTC).
         */
        TIME,
        /** How firmly the article presents it, in the order Certainty lists its values (ASSERTED first when ASC). */
        CERTAINTY,
        /** Where it stands against other articles, in the order ClaimStatus lists them (UNREVIEWED first when ASC). */
        STATUS,
        /** How many claims of other articles corroborate it (corroborationCount). */
        CORROBORATIONS,
        /** How many claims of other articles contradict it (contradictionCount). */
        CONTRADICTIONS
    }
}
