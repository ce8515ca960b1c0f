package io.claimgraph.ingest.extract;

import io.claimgraph.model.LocationType;
import java.util.Locale;
import java.util.Optional;

/**
 * The place of a wire dateline ("SPRINGFIELD, Ill.", "JOHANNESBURG"): the city in the directory, unless the
 * region written after it puts it in another country than the directory's city of that name, in which case the
 * region stands for it.
 */
final class DatelinePlace {

    private DatelinePlace() {
    }

    static Optional<PlaceMention> resolve(PlaceDirectory places, String city, String region) {
        if (city == null) {
            return Optional.empty();
        }
        Optional<PlaceMention> regionPlace = Optional.empty();
        if (region != null) {
            String full = RegionAbbreviations.expand(region).orElse(region);
            regionPlace = places.lookup(full);
        }
        Optional<PlaceMention> cityPlace = places.lookup(titleCase(city));
        if (cityPlace.isPresent() && (regionPlace.isEmpty()
                || regionPlace.get().countryCode() != null
                        && regionPlace.get().countryCode().equals(cityPlace.get().countryCode()))) {
            return cityPlace;
        }
        if (regionPlace.isPresent() && regionPlace.get().type() != LocationType.CITY) {
            return regionPlace;
        }
        return cityPlace;
    }

    /** "NEW YORK" → "New York", "ST. LOUIS" → "St. Louis": the directory's spelling of names written in capitals. */
    static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean start = true;
        for (int i = 0; i < capitals.length(); i++) {
            char c = capitals.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.' && i + 1 < capitals.length() && capitals.charAt(i + 1) != ' ';
        }
        return out.toString().toLowerCase(Locale.ROOT).equals(capitals.toLowerCase(Locale.ROOT)) ? out.toString()
                : capitals;
    }
}
