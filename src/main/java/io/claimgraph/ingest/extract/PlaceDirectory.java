package io.claimgraph.ingest.extract;

import java.util.Optional;

/**
 * What extraction needs to know about places: the gazetteer seen through the extraction model.
 * {@code GazetteerPlaceDirectory} adapts the project gazetteer; tests may pass a small fake.
 */
public interface PlaceDirectory {

    /** The place a mention names ("Russia", "Kursk region"), resolved with its parent chain. */
    Optional<PlaceMention> lookup(String mention);

    /** The country a demonym names ("North Korean" → North Korea). */
    Optional<PlaceMention> countryByDemonym(String demonym);

    /** The country with this ISO 3166-1 alpha-2 code. */
    Optional<PlaceMention> country(String iso2);

    /** True when the name is also an everyday word ("Nice", "Turkey", "US"): a capital letter alone proves little. */
    boolean isCommonWord(String mention);

    /** The longest place name in tokens; bounds the n-grams tried. */
    int maxNameTokens();
}
