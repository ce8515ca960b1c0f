package io.claimgraph.actor;

import io.claimgraph.model.Actor;
import io.claimgraph.store.TextSpan;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A actor an autocomplete box offers, with the name that matched what was typed. */
public record ActorSuggestion(@NonNull Actor actor,
        @Description("The name or alias that matched, as stored.") @NonNull String matched,
        @Description("Where what was typed occurs in matched (case and diacritics aside).") TextSpan highlight) {
}
