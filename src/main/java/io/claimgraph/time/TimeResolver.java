package io.claimgraph.time;

import static io.claimgraph.time.AnchoredPeriods.named;
import static io.claimgraph.time.AnchoredPeriods.nearestYear;
import static io.claimgraph.time.AnchoredPeriods.span;
import static io.claimgraph.time.AnchoredPeriods.weekday;
import static io.claimgraph.time.CalendarPeriods.day;
import static io.claimgraph.time.CalendarPeriods.half;
import static io.claimgraph.time.CalendarPeriods.month;
import static io.claimgraph.time.CalendarPeriods.quarter;
import static io.claimgraph.time.CalendarPeriods.year;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a claim's time expression, as extraction found it, into the dates it stands for.
 *
 * <p>Absolute expressions need nothing else: "late 2022" is 2022-09-01..2022-12-31, "October 2024" the month,
 * "Q3 2024" the quarter, "March 3, 2024" the day. Relative ones are read from an <em>anchor</em>, the day the
 * article was published: "last week" is the Monday-to-Sunday week before the anchor's, "yesterday" the day before,
 * "on Monday" the last Monday on or before the anchor, "early February" (no year) the February nearest to the anchor
 * (within six months either side, the earlier one on a tie). Without an anchor, relative expressions stay unresolved.
 *
 * <p>Parts: early / mid / late split a month into the 1st–10th, 11th–20th and 21st–end, a year into January–April,
 * May–August and September–December; "the start of" / "the end of" are a month's first or last seven days, a year's
 * first or last two months. Seasons are the northern meteorological ones (spring is March to May; winter runs from
 * December into the next year's February). "since X" runs from the start of X to the anchor. Deadlines ("by March",
 * "until 2025"), vague spans ("in just a few months", "the coming weeks"), fiscal years and ordinals without a frame
 * ("its second year") are not resolved: the raw text stays on the claim, its interval is empty.
 *
 * <p>This class reads the text; the dates come from {@link CalendarPeriods} (whole periods and their parts) and
 * {@link AnchoredPeriods} (periods named relative to the anchor).
 */
public final class TimeResolver {

    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final Map<String, Integer> ORDINALS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    private static final String MONTH = "(" + String.join("|", CalendarWords.MONTHS) + "|"
            + String.join("|", CalendarWords.SHORT_MONTHS) + ")";
    private static final String YEAR = "((?:1[89]|20)\\d\\d|2100)";
    private static final String RELATIVE = "(this|last|next|previous|past)";

    private static final Pattern PART = Pattern.compile(
            "(early|mid|late|the start of|the beginning of|the middle of|the end of)[- ](.+)");
    private static final Pattern MONTH_DATE = Pattern
            .compile(MONTH + "(?: (\\d{1,2})(?:st|nd|rd|th)?)?(?:,? " + YEAR + ")?");
    private static final Pattern YEAR_ONLY = Pattern.compile(YEAR);
    private static final Pattern QUARTER = Pattern.compile("(q[1-4]|h[12]) ?" + YEAR);
    private static final Pattern ORDINAL_PERIOD = Pattern.compile(
            "(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th|final|last) (quarter|half)(?: of " + YEAR + ")?");
    private static final Pattern WEEKDAY = Pattern
            .compile("(?:(last|next|this) )?(" + String.join("|", CalendarWords.WEEKDAYS) + ")");
    private static final Pattern NAMED_PERIOD = Pattern.compile("(?:the )?" + RELATIVE
            + " (week|weekend|month|quarter|year|decade|spring|summer|autumn|fall|winter)");
    private static final Pattern EARLIER_LATER = Pattern
            .compile("(earlier|later) (this|last|next) (week|month|year|decade)");
    private static final Pattern SPAN = Pattern.compile(
            "(?:(?:over|in|within|during|for) )?(?:just |only )?the (past|last|next|previous) (\\d{1,2}|one|two|three|four|five|six"
                    + "|seven|eight|nine|ten|eleven|twelve) (days|weeks|months|years|decades)");
    private static final Pattern PREPOSITION = Pattern
            .compile("(in|on|during|since|until|by|from|at|before|after) (.+)");

    private TimeResolver() {
    }

    /**
     * The interval {@code text} stands for.
     *
     * @param text   a time expression as extraction found it ("in late 2022", "last week"); null or blank gives none
     * @param anchor the article's publication day, for relative expressions; may be null
     */
    public static Optional<TimeInterval> resolve(String text, LocalDate anchor) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-').replace(".", "")
                .replaceAll("[,;:!?]+$", "").replaceAll("\\s+", " ").strip();
        try {
            return Optional.ofNullable(expression(t, anchor));
        } catch (DateTimeException e) {
            return Optional.empty(); // "February 30"
        }
    }

    private static TimeInterval expression(String t, LocalDate anchor) {
        Matcher span = SPAN.matcher(t);
        if (span.matches()) {
            return span(span.group(1), count(span.group(2)), span.group(3), anchor);
        }
        Matcher preposition = PREPOSITION.matcher(t);
        if (preposition.matches()) {
            String word = preposition.group(1);
            TimeInterval inner = core(preposition.group(2), anchor);
            return switch (word) {
                case "in", "on", "during", "at" -> inner;
                // "since March 2023": from its start to the day of the article
                case "since", "from" -> inner == null || anchor == null || anchor.isBefore(inner.start()) ? null
                        : new TimeInterval(inner.start(), anchor, inner.precision());
                default -> null; // "by", "until", "before", "after": a deadline or an open side, not a date
            };
        }
        return core(t, anchor);
    }

    private static TimeInterval core(String t, LocalDate anchor) {
        Matcher m;
        if ((m = PART.matcher(t)).matches()) {
            return part(m.group(1), m.group(2), anchor);
        }
        if ((m = MONTH_DATE.matcher(t)).matches()) {
            Month month = CalendarWords.month(m.group(1));
            Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            if (year == null) {
                if (anchor == null) {
                    return null;
                }
                year = nearestYear(month, anchor);
            }
            if (m.group(2) != null) {
                LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(2)));
                return new TimeInterval(day, day, TimePrecision.DAY);
            }
            return month(LocalDate.of(year, month, 1));
        }
        if ((m = YEAR_ONLY.matcher(t)).matches()) {
            return year(Integer.parseInt(m.group(1)));
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            int year = Integer.parseInt(m.group(2));
            int n = m.group(1).charAt(1) - '0';
            return m.group(1).charAt(0) == 'q' ? quarter(year, n) : half(year, n);
        }
        // "last quarter" without a year is a named period (the quarter before the anchor's), below
        if ((m = ORDINAL_PERIOD.matcher(t)).matches() && !("last".equals(m.group(1)) && m.group(3) == null)) {
            Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : anchor == null ? null : anchor.getYear();
            if (year == null) {
                return null;
            }
            boolean quarter = m.group(2).equals("quarter");
            int n = ORDINALS.getOrDefault(m.group(1), quarter ? 4 : 2);
            if (n > (quarter ? 4 : 2)) {
                return null;
            }
            return quarter ? quarter(year, n) : half(year, n);
        }
        if (anchor == null) {
            return null; // everything below is relative to the article's date
        }
        if ((m = WEEKDAY.matcher(t)).matches()) {
            return weekday(m.group(1), CalendarWords.weekday(m.group(2)), anchor);
        }
        if ((m = NAMED_PERIOD.matcher(t)).matches()) {
            return named(m.group(1), m.group(2), anchor);
        }
        if ((m = EARLIER_LATER.matcher(t)).matches()) {
            TimeInterval period = named(m.group(2), m.group(3), anchor);
            if (period == null || !m.group(2).equals("this")) {
                return period;
            }
            TimePrecision precision = partPrecision(m.group(3));
            return m.group(1).equals("earlier")
                    ? new TimeInterval(period.start(), anchor, precision)
                    : new TimeInterval(anchor, period.end(), precision);
        }
        return switch (t) {
            case "yesterday" -> day(anchor.minusDays(1));
            case "today", "tonight" -> day(anchor);
            case "tomorrow" -> day(anchor.plusDays(1));
            case "last night", "overnight" -> new TimeInterval(anchor.minusDays(1), anchor, TimePrecision.DAY);
            default -> null;
        };
    }

    /** "early February", "late 2022", "mid-next year", "the end of last month". */
    private static TimeInterval part(String part, String rest, LocalDate anchor) {
        Matcher m;
        TimeInterval whole;
        String unit;
        if ((m = MONTH_DATE.matcher(rest)).matches() && m.group(2) == null) {
            Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
            if (year == null && anchor == null) {
                return null;
            }
            Month month = CalendarWords.month(m.group(1));
            whole = month(LocalDate.of(year != null ? year : nearestYear(month, anchor), month, 1));
            unit = "month";
        } else if ((m = YEAR_ONLY.matcher(rest)).matches()) {
            whole = year(Integer.parseInt(m.group(1)));
            unit = "year";
        } else if ((m = NAMED_PERIOD.matcher(rest)).matches() && anchor != null
                && (m.group(2).equals("week") || m.group(2).equals("month") || m.group(2).equals("year")
                        || m.group(2).equals("decade"))) {
            whole = named(m.group(1), m.group(2), anchor);
            unit = m.group(2);
        } else {
            return null;
        }
        return CalendarPeriods.partOf(unit, part, whole);
    }

    private static TimePrecision partPrecision(String unit) {
        return switch (unit) {
            case "week" -> TimePrecision.WEEK;
            case "month" -> TimePrecision.PART_OF_MONTH;
            case "year" -> TimePrecision.PART_OF_YEAR;
            default -> TimePrecision.DECADE;
        };
    }

    private static Integer count(String word) {
        return Character.isDigit(word.charAt(0)) ? Integer.valueOf(word) : COUNTS.get(word);
    }
}
