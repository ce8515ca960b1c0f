package io.claimgraph.ingest.extract;

import java.util.Locale;
import java.util.Map;

/**
 * Country names of older copy that the gazetteer's current names lack, with the ISO code of the country that holds
 * the territory now. General vocabulary: the same for every article.
 */
final class HistoricalCountries {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("west germany", "DE"), Map.entry("east germany", "DE"), Map.entry("soviet union", "RU"),
            Map.entry("ussr", "RU"), Map.entry("u.s.s.r.", "RU"), Map.entry("czechoslovakia", "CZ"),
            Map.entry("yugoslavia", "RS"), Map.entry("burma", "MM"), Map.entry("zaire", "CD"),
            Map.entry("ceylon", "LK"), Map.entry("rhodesia", "ZW"), Map.entry("upper volta", "BF"),
            Map.entry("dahomey", "BJ"), Map.entry("kampuchea", "KH"), Map.entry("holland", "NL"),
            Map.entry("west berlin", "DE"), Map.entry("east berlin", "DE"));

    private HistoricalCountries() {
    }

    /** The ISO code for a historical country name as written, or null. */
    static String code(String name) {
        return CODES.get(name.toLowerCase(Locale.ROOT));
    }
}
