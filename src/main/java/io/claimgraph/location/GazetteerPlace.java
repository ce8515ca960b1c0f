package io.claimgraph.location;

import io.claimgraph.model.LocationType;
import java.util.List;

/**
 * One place known to the {@link Gazetteer}: a country, a first-level subdivision (REGION), a city or a named area.
 *
 * @param name           canonical English name ("Kursk Oblast", "Russia", "Kyiv", "Donbas")
 * @param type           COUNTRY, REGION, CITY or AREA
 * @param countryCode    ISO 3166-1 alpha-2 of the country the place lies in (its own code for a country); null for
 *                       an area that spans countries or is disputed ("Sahel", "Kashmir")
 * @param latitude       degrees north: a country's capital, a region's seat (or largest settlement), a city's centre;
 *                       a region whose settlements are unknown carries its country's point
 * @param longitude      degrees east, same point as {@code latitude}
 * @param parentName     canonical name of the enclosing place: the country for a region; the region, else the country,
 *                       for a city; the country for an area inside one; null for a country or a cross-border area
 * @param parentType     type of the enclosing place, null when parentName is null
 * @param population     inhabitants for a city; for countries and regions the sum over their GeoNames settlements of at
 *                       least 1000 inhabitants, good for ranking, not for statistics
 * @param alternateNames other names and spellings that refer to the place ("Kiev", "Bayern", "DPRK")
 * @param demonyms       adjectives and nouns for a country's people ("North Korean", "Briton"); empty for other places
 */
public record GazetteerPlace(String name, LocationType type, String countryCode, double latitude, double longitude,
        String parentName, LocationType parentType, long population, List<String> alternateNames,
        List<String> demonyms) {

    public GazetteerPlace {
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
    }

    /** False only for places whose point the data does not give (none in the shipped data, but callers plot it). */
    public boolean hasCoordinates() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
