package io.claimgraph.location;

import io.claimgraph.model.Location;
import io.claimgraph.store.TextSpan;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A location an autocomplete box offers, with the name that matched what was typed. */
public record LocationSuggestion(@NonNull Location location,
        @Description("The name or alias that matched, as stored.") @NonNull String matched,
        @Description("Where what was typed occurs in matched (case and diacritics aside).") TextSpan highlight) {
}
