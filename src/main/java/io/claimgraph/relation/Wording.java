package io.claimgraph.relation;

import io.claimgraph.time.CalendarWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words relation detection compares: measures and units folded onto one name each where news writing uses
 * several for the same thing ("sent" and "deployed", "soldier" and "troop"), and the content words of a claim,
 * crudely stemmed, for telling whether two claims state the same event.
 */
public final class Wording {

    /** Canonical measure → the measures extraction writes for it. */
    private static final Map<String, List<String>> MEASURES = Map.of(
            "killed", List.of("killed", "died", "slain", "dead"),
            "wounded", List.of("wounded", "injured", "hurt"),
            "deployed", List.of("deployed", "sent", "dispatched", "redeployed", "stationed", "arrived"),
            "captured", List.of("captured", "detained", "seized"),
            "evacuated", List.of("evacuated", "displaced", "fled"));
    /** Canonical unit → the units extraction writes for it (singular, lower case). */
    private static final Map<String, List<String>> UNITS = Map.of(
            "troop", List.of("troop", "soldier", "serviceman", "servicemen", "servicemember", "personnel", "fighter"),
            "people", List.of("people", "person", "individual"));
    private static final Map<String, String> MEASURE_OF = invert(MEASURES);
    private static final Map<String, String> UNIT_OF = invert(UNITS);

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("sent", "send"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
            Map.entry("went", "go"),
            Map.entry("gone", "go"), Map.entry("fought", "fight"), Map.entry("took", "take"),
            Map.entry("taken", "take"),
            Map.entry("held", "hold"), Map.entry("struck", "strike"), Map.entry("shot", "shoot"),
            Map.entry("fled", "flee"),
            Map.entry("led", "lead"), Map.entry("left", "leave"), Map.entry("made", "make"), Map.entry("met", "meet"),
            Map.entry("won", "win"), Map.entry("lost", "lose"), Map.entry("sold", "sell"), Map.entry("bought", "buy"),
            Map.entry("built", "build"), Map.entry("rose", "rise"), Map.entry("risen", "rise"),
            Map.entry("fell", "fall"),
            Map.entry("fallen", "fall"), Map.entry("dead", "die"), Map.entry("died", "die"),
            Map.entry("troops", "troop"),
            Map.entry("soldiers", "troop"), Map.entry("soldier", "troop"), Map.entry("forces", "force"));

    /**
     * Function words, reporting and hedging words (who says it and how firmly is not what is said) and time words
     * (the date is compared on its own).
     */
    private static final Set<String> STOP = Stream.of(List.of(
            "the", "a", "an", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for", "from", "with",
            "without",
            "as", "into", "onto", "over", "under", "about", "around", "than", "then", "that", "this", "these", "those",
            "there", "here", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "our", "you",
            "your", "who", "whom", "whose", "which", "what", "when", "where", "while", "why", "how", "is", "are", "was",
            "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would",
            "shall", "should", "can", "could", "may", "might", "must", "not", "no", "yes", "also", "only", "just", "so",
            "such", "some", "more", "most", "less", "least", "many", "much", "very", "further", "another", "other",
            "all",
            "any", "each", "both", "either", "neither", "if", "after", "before", "since", "until", "during", "between",
            "against", "through", "up", "down", "out", "off", "again", "still", "already", "now", "not", "according",
            "said", "says", "say", "saying", "told", "tell", "tells", "stated", "states", "added", "report", "reports",
            "reported", "reportedly", "reporting", "claim", "claims", "claimed", "estimate", "estimates", "estimated",
            "suggest", "suggests", "suggested", "suggesting", "believe", "believed", "believes", "indicate",
            "indicated",
            "indicates", "acknowledged", "confirmed", "announced", "noted", "warned", "cautioned", "correction",
            "version", "earlier", "later", "previously", "recently", "recent", "early", "mid", "late", "last", "next",
            "past", "coming", "first-ever", "day", "days", "week", "weeks", "weekend", "month", "months", "year",
            "years",
            "decade", "decades", "quarter", "season", "spring", "summer", "autumn", "fall", "winter", "today",
            "tonight",
            "yesterday", "tomorrow", "night", "overnight", "approximately", "roughly", "nearly", "almost", "least",
            "additional", "extra"), CalendarWords.WEEKDAYS, CalendarWords.MONTHS, CalendarWords.AP_ABBREVIATIONS)
            .flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

    private Wording() {
    }

    /** The canonical name of a measure ("sent" → "deployed"), or the measure itself; null stays null. */
    public static String measure(String measure) {
        return measure == null ? null
                : MEASURE_OF.getOrDefault(measure.toLowerCase(Locale.ROOT), measure.toLowerCase(Locale.ROOT));
    }

    /** The canonical name of a unit ("soldier" → "troop"), or the unit itself; null stays null. */
    public static String unit(String unit) {
        return unit == null ? null : UNIT_OF.getOrDefault(unit.toLowerCase(Locale.ROOT), unit.toLowerCase(Locale.ROOT));
    }

    /**
     * The stemmed content words of {@code text}, leaving out those of the phrases given (the time expression and the
     * attribution, which are compared on their own or not at all), numbers, and {@link #STOP} words.
     */
    public static Set<String> stems(String text, String... leaveOut) {
        Set<String> left = new HashSet<>();
        for (String phrase : leaveOut) {
            if (phrase != null) {
                left.addAll(words(phrase));
            }
        }
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words(text)) {
            if (word.length() < 2 || STOP.contains(word) || left.contains(word) || hasDigit(word)) {
                continue;
            }
            stems.add(stem(word));
        }
        return stems;
    }

    /** Jaccard similarity of two stem sets, 0 when either is empty. */
    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = shared(a, b);
        return (double) shared / (a.size() + b.size() - shared);
    }

    public static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        return shared;
    }

    static String stem(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return irregular;
        }
        int n = word.length();
        if (n > 7 && word.endsWith("ment")) {
            return word.substring(0, n - 4);
        }
        if (n > 4 && (word.endsWith("ies") || word.endsWith("ied"))) {
            return word.substring(0, n - 3) + "y";
        }
        if (n > 5 && word.endsWith("ing")) {
            return word.substring(0, n - 3);
        }
        if (n > 4 && word.endsWith("ed")) {
            return word.substring(0, n - 2);
        }
        if (n > 4
                && (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    /** Lower-case runs of letters and digits; a possessive "'s" is dropped ("Korea's" is "korea"). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                // skip the s of a possessive: "Korea's", "Korea’s"
                if (i + 1 < n && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
                        && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                        && (i + 2 == n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                    i += 2;
                }
            }
        }
        return words;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> invert(Map<String, List<String>> groups) {
        Map<String, String> canonical = new HashMap<>();
        groups.forEach((name, members) -> members.forEach(member -> canonical.put(member, name)));
        return Map.copyOf(canonical);
    }
}
