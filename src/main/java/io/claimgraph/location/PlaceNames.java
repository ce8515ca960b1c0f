package io.claimgraph.location;

import java.util.Arrays;
import java.util.Set;

/**
 * Which place names are worth matching and how a written name reduces to the one in the gazetteer: suffix words
 * ("Kursk region" is Kursk), generic words ("the North" is no place), a leading "the". Names here are already
 * folded ({@link Gazetteer#key}).
 */
final class PlaceNames {

    /**
     * Words that name the kind of subdivision rather than the place: "Kursk region" and "Kursk Oblast" are both
     * "Kursk" plus a suffix. Same list as REGION_SUFFIXES in build-gazetteer.mjs.
     */
    private static final Set<String> REGION_SUFFIXES = Set.of("region", "oblast", "province", "state", "krai", "kray",
            "prefecture", "governorate", "county", "district", "okrug", "autonomous", "republic", "territory",
            "department", "municipality", "voivodeship", "canton", "parish", "emirate", "division");

    /**
     * Words that alone say where, not which place: a name made only of these ("North", "Central Province",
     * "Capital Region") is never matched, since "the North" in a sentence is almost never Cameroon's North Region.
     */
    private static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "centre", "center", "middle", "upper", "lower", "far", "inner", "outer",
            "greater", "northeast", "northwest", "southeast", "southwest", "the", "of", "and", "capital", "interior",
            "coast", "coastal", "island", "islands", "mainland", "city", "area", "zone", "regions", "provinces",
            "districts", "territories");

    private PlaceNames() {
    }

    /** "kursk oblast", "kursk region", "province of kursk" → "kursk"; other names unchanged. */
    static String baseName(String nameKey) {
        String[] words = nameKey.split(" ");
        int start = 0;
        int end = words.length;
        if (end > 2 && REGION_SUFFIXES.contains(words[0]) && words[1].equals("of")) {
            start = 2;
        }
        while (end - start > 1 && REGION_SUFFIXES.contains(words[end - 1])) {
            end--;
        }
        return String.join(" ", Arrays.asList(words).subList(start, end));
    }

    static String withoutLeadingArticle(String nameKey) {
        return nameKey.startsWith("the ") ? nameKey.substring(4) : nameKey;
    }

    static int tokenCount(String nameKey) {
        int count = 1;
        for (int i = nameKey.indexOf(' '); i >= 0; i = nameKey.indexOf(' ', i + 1)) {
            count++;
        }
        return count;
    }

    /** Names without a letter, one letter long, or made only of generic words would match too much. */
    static boolean isIndexable(String nameKey) {
        if (nameKey.length() < 2) {
            return false;
        }
        boolean hasLetter = false;
        for (int i = 0; i < nameKey.length() && !hasLetter; i++) {
            hasLetter = Character.isLetter(nameKey.charAt(i));
        }
        if (!hasLetter) {
            return false;
        }
        // Word by word without splitting: this runs for every name at load time.
        int start = 0;
        while (start <= nameKey.length()) {
            int end = nameKey.indexOf(' ', start);
            if (end < 0) {
                end = nameKey.length();
            }
            String word = nameKey.substring(start, end);
            if (!GENERIC_WORDS.contains(word) && !REGION_SUFFIXES.contains(word)) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
