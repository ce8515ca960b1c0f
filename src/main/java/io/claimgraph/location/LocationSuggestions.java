package io.claimgraph.location;

import io.claimgraph.error.BadUserInputException;
import io.claimgraph.model.Location;
import io.claimgraph.model.LocationAlias;
import io.claimgraph.store.NameMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Location names for an autocomplete box: names and aliases, matched by {@link NameMatch}. Names and aliases are two
 * queries, each answered from its own index, merged here: one query with an {@code or} across the two tables
 * could not use either index.
 */
@ApplicationScoped
public class LocationSuggestions {

    /** Most suggestions one call returns: a list under a search box, not a page to scroll. */
    public static final int MAX = 50;

    public List<LocationSuggestion> suggest(String text, Integer first) {
        int limit = first == null ? 10 : first;
        if (limit < 0 || limit > MAX) {
            throw new BadUserInputException("first", "first must be between 0 and " + MAX);
        }
        NameMatch match = NameMatch.of("text", text);
        List<NameMatch.Found<Location>> names = match.find(Location.class, "nameKey", "e", "", limit,
                (Location row) -> new NameMatch.Found<>(row, row.id, row.name, row.nameKey));
        List<NameMatch.Found<Location>> aliases = match.find(LocationAlias.class, "aliasKey", "e",
                " join fetch e.location", limit,
                (LocationAlias row) -> new NameMatch.Found<>(row.location, row.locationId, row.alias, row.aliasKey));
        return match.merge(limit, names, aliases).stream()
                .map(found -> new LocationSuggestion(found.row(), found.matched(), match.highlight(found.matched())))
                .toList();
    }
}
