package io.claimgraph.ingest.extract;

import java.util.Map;
import java.util.Optional;

/**
 * The abbreviations news copy uses for US states and Canadian provinces ("Ill.", "N.Y.", "Calif.", "Ont."), AP
 * style and postal, with the full names the gazetteer knows. General vocabulary: the same for every article.
 */
final class RegionAbbreviations {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ala", "Alabama"), Map.entry("ariz", "Arizona"), Map.entry("ark", "Arkansas"),
            Map.entry("calif", "California"), Map.entry("cal", "California"), Map.entry("colo", "Colorado"),
            Map.entry("conn", "Connecticut"), Map.entry("del", "Delaware"), Map.entry("fla", "Florida"),
            Map.entry("ga", "Georgia"), Map.entry("ill", "Illinois"), Map.entry("ind", "Indiana"),
            Map.entry("kan", "Kansas"), Map.entry("kans", "Kansas"), Map.entry("ky", "Kentucky"),
            Map.entry("la", "Louisiana"), Map.entry("md", "Maryland"), Map.entry("mass", "Massachusetts"),
            Map.entry("mich", "Michigan"), Map.entry("minn", "Minnesota"), Map.entry("miss", "Mississippi"),
            Map.entry("mo", "Missouri"), Map.entry("mont", "Montana"), Map.entry("neb", "Nebraska"),
            Map.entry("nebr", "Nebraska"), Map.entry("nev", "Nevada"), Map.entry("nh", "New Hampshire"),
            Map.entry("nj", "New Jersey"), Map.entry("nm", "New Mexico"), Map.entry("ny", "New York"),
            Map.entry("nc", "North Carolina"), Map.entry("nd", "North Dakota"), Map.entry("okla", "Oklahoma"),
            Map.entry("ore", "Oregon"), Map.entry("oreg", "Oregon"), Map.entry("pa", "Pennsylvania"),
            Map.entry("penn", "Pennsylvania"), Map.entry("ri", "Rhode Island"), Map.entry("sc", "South Carolina"),
            Map.entry("sd", "South Dakota"), Map.entry("tenn", "Tennessee"), Map.entry("tex", "Texas"),
            Map.entry("vt", "Vermont"), Map.entry("va", "Virginia"), Map.entry("wash", "Washington"),
            Map.entry("wva", "West Virginia"), Map.entry("wis", "Wisconsin"), Map.entry("wisc", "Wisconsin"),
            Map.entry("wyo", "Wyoming"), Map.entry("dc", "District of Columbia"),
            Map.entry("ont", "Ontario"), Map.entry("que", "Quebec"), Map.entry("alta", "Alberta"),
            Map.entry("man", "Manitoba"), Map.entry("sask", "Saskatchewan"), Map.entry("nb", "New Brunswick"),
            Map.entry("ns", "Nova Scotia"), Map.entry("bc", "British Columbia"),
            Map.entry("nfld", "Newfoundland and Labrador"),
            Map.entry("pei", "Prince Edward Island"));

    private RegionAbbreviations() {
    }

    /** The full name of an abbreviation as written ("N.Y.", "Tex."); full names and unknown words give empty. */
    static Optional<String> expand(String written) {
        if (written == null || written.isEmpty() || !Character.isUpperCase(written.charAt(0))) {
            return Optional.empty();
        }
        String key = written.replace(".", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return Optional.ofNullable(NAMES.get(key));
    }

    /** Whether the word is written as an abbreviation: a capital, lower-case letters or capitals, then a full stop. */
    static boolean looksAbbreviated(String written) {
        return written.endsWith(".") && written.length() <= 7 && expand(written).isPresent();
    }
}
