package io.claimgraph.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The names of months and weekdays as English text writes them, lower case, for every part that reads dates:
 * finding time expressions, resolving them, telling dates from names and figures, and leaving them out of wording.
 */
public final class CalendarWords {

    /** Month names in full, January first. */
    public static final List<String> MONTHS = Arrays.stream(Month.values()).map(CalendarWords::lower).toList();

    /** Weekday names, Monday first. */
    public static final List<String> WEEKDAYS = Arrays.stream(DayOfWeek.values()).map(CalendarWords::lower).toList();

    /** The months AP style abbreviates, as it abbreviates them ("Jan.", "Sept."): March to July stay in full. */
    public static final List<String> AP_ABBREVIATIONS = List.of("jan", "feb", "aug", "sept", "oct", "nov", "dec");

    /** The abbreviations wires write with a full stop: AP style's, and "Sep." that other wires use. */
    public static final List<String> WIRE_ABBREVIATIONS = List.of("jan", "feb", "aug", "sep", "sept", "oct", "nov",
            "dec");

    /** Every short form a reader may meet, the first three letters of each month and "sept". */
    public static final List<String> SHORT_MONTHS = shortMonths();

    private static final Map<String, Month> MONTH_OF = monthOf();

    private CalendarWords() {
    }

    /** The month a full name or short form (lower case) stands for, or null. */
    public static Month month(String word) {
        return MONTH_OF.get(word);
    }

    /** The weekday a name (lower case) stands for, or null. */
    public static DayOfWeek weekday(String word) {
        int index = WEEKDAYS.indexOf(word);
        return index < 0 ? null : DayOfWeek.of(index + 1);
    }

    /** A word with its first letter upper case ("january" → "January"). */
    public static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> shortMonths() {
        List<String> forms = new ArrayList<>();
        for (String month : MONTHS) {
            forms.add(month.substring(0, 3));
            if (month.equals("september")) {
                forms.add("sept");
            }
        }
        forms.remove("may"); // its full name
        return List.copyOf(forms);
    }

    private static Map<String, Month> monthOf() {
        Map<String, Month> months = new HashMap<>();
        for (Month month : Month.values()) {
            String name = lower(month);
            months.put(name, month);
            for (String form : SHORT_MONTHS) {
                if (name.startsWith(form)) {
                    months.put(form, month);
                }
            }
        }
        return Map.copyOf(months);
    }
}
