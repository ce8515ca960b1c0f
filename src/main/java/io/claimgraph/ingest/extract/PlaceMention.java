package io.claimgraph.ingest.extract;

import io.claimgraph.model.LocationType;
import java.util.List;

/**
 * A location as extraction resolved it against the gazetteer.
 *
 * @param name        canonical name ("Kursk Oblast", "Russia")
 * @param type        country, region, city, ...
 * @param countryCode ISO 3166-1 alpha-2, when known
 * @param latitude    degrees north, null when unknown
 * @param longitude   degrees east, null when unknown
 * @param parent      the enclosing place (a region's country, a city's region or country), or null
 * @param aliases     other forms seen in the text or known to the gazetteer ("Kursk region")
 */
public record PlaceMention(String name, LocationType type, String countryCode, Double latitude, Double longitude,
        PlaceMention parent, List<String> aliases) {
}
