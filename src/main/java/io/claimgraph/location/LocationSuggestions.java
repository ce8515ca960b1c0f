package io.claimgraph.location;

import io.claimgraph.model.Location;
import io.claimgraph.model.LocationAlias;
import io.claimgraph.store.NameMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Location names for an autocomplete box: names and aliases, matched by {@link NameMatch}. */
@ApplicationScoped
public class LocationSuggestions {

    public List<LocationSuggestion> suggest(String text, Integer first) {
        int limit = NameMatch.limit(first);
        NameMatch match = NameMatch.of("text", text);
        return match.suggest(Location.class, row -> new NameMatch.Found<>(row, row.id, row.name, row.nameKey),
                LocationAlias.class, "location",
                row -> new NameMatch.Found<>(row.location, row.locationId, row.alias, row.aliasKey), limit)
                .stream()
                .map(found -> new LocationSuggestion(found.row(), found.matched(), match.highlight(found.matched())))
                .toList();
    }
}
