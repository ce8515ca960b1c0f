package io.claimgraph.ingest.extract;

import io.claimgraph.time.CalendarWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stage 6: the first time expression of a clause, as written. Recognised: "late 2022", "early February",
 * "mid-2023", "in March 2024", "March 3, 2024", "on Monday", "last week", "earlier this year", "in just a few months",
 * "over the past three years", "second year", "third quarter", "Q3 2024", "in 2023", "yesterday", "the coming weeks".
 * A leading "in"/"on" is kept where the text uses it with a month, a weekday or a duration ("in March 2024",
 * "on Monday", "in just a few months"); "in late 2022" gives "late 2022".
 *
 * <p>Every expression starts with one of a few dozen words (or a number), so the pattern is only tried at the
 * start of those words; trying all its branches at every character of every clause cost a fifth of extraction.
 */
public final class TimeExpressionFinder {

    private static final String MONTH = "(?:" + Stream.concat(
            CalendarWords.MONTHS.stream().map(CalendarWords::capitalised),
            CalendarWords.WIRE_ABBREVIATIONS.stream().map(a -> CalendarWords.capitalised(a) + "\\."))
            .collect(Collectors.joining("|")) + ")";
    private static final String DAY = "(?:" + CalendarWords.WEEKDAYS.stream().map(CalendarWords::capitalised)
            .collect(Collectors.joining("|")) + ")";
    private static final String COUNT = "(?:a few|several|a couple of|two|three|four|five|six|seven|eight|nine|ten|twelve|\\d+)";
    private static final String UNIT = "(?:hours|days|weeks|months|years|decades|quarters|seasons)";
    private static final String ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last"
            + "|\\d+(?:st|nd|rd|th))";

    static final Pattern TIME = Pattern.compile(String.join("|",
            "\\b(?i:early|mid|late|the end of|the start of|the beginning of|the middle of)[- ](?:" + MONTH
                    + "(?: \\d{4})?|\\d{4}|(?i:this|last|next) (?i:year|month|week|decade))",
            "\\b(?i:in|on|since|until|by) " + MONTH + "(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?\\b",
            "\\b" + MONTH + " \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b",
            "\\b" + MONTH + " \\d{4}\\b",
            "\\b(?i:on |last |next |this |)" + DAY + "\\b",
            "\\b(?i:earlier|later) (?i:this|last|next) (?i:week|month|year|season|decade)\\b",
            "\\b(?i:last|next|this|past|previous) (?i:week|month|year|quarter|weekend|season|spring|summer|autumn|fall|winter|decade)\\b",
            "\\b(?i:(?:in|within|over|for) (?:just |only |the (?:past|last|next) )?)" + COUNT + " " + UNIT + "\\b",
            "\\b(?i:the (?:past|last|next) )" + COUNT + " " + UNIT + "\\b",
            "\\b(?i:(?:in )?the coming) " + UNIT + "\\b",
            "\\b(?i:" + ORDINAL + ") (?i:year|quarter|half|week|month|day|season|straight year)\\b",
            "\\b(?:Q[1-4]|H[12]|FY) ?\\d{4}\\b",
            "\\b(?i:in|since|until|during|by) (?:1[89]|20)\\d{2}\\b",
            "\\b(?i:yesterday|today|tonight|tomorrow|last night|overnight)\\b"));

    /** The words, in lower case, that a branch of {@link #TIME} can start with (numbers are tried too). */
    private static final Set<String> FIRST_WORDS = Stream.of(List.of(
            "early", "mid", "late", "the", "in", "on", "since", "until", "by", "during", "earlier", "later", "last",
            "next", "this", "past", "previous", "within", "over", "for", "yesterday", "today", "tonight", "tomorrow",
            "overnight", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "final"), CalendarWords.MONTHS, CalendarWords.WIRE_ABBREVIATIONS, CalendarWords.WEEKDAYS)
            .flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

    /** The first time expression in the text, or null. */
    public String find(String text) {
        Matcher m = TIME.matcher(text).useTransparentBounds(true);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                continue;
            }
            int end = i;
            while (end < n && isWordChar(text.charAt(end))) {
                end++;
            }
            if (couldStartExpression(text.substring(i, end)) && m.region(i, n).lookingAt()) {
                return m.group();
            }
            i = end;
        }
        return null;
    }

    private static boolean couldStartExpression(String word) {
        char first = word.charAt(0);
        if (Character.isDigit(first)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return FIRST_WORDS.contains(lower) || lower.startsWith("fy")
                || (lower.length() > 1 && (first == 'Q' || first == 'H') && Character.isDigit(lower.charAt(1)));
    }

    /** The characters {@code \b} counts as word characters. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
