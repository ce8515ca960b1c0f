package io.claimgraph.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The intervals of whole calendar periods (day, month, quarter, half, year, a run of years) and of their parts
 * (early, mid, late, the start, the end), with the bounds {@link TimeResolver} documents.
 */
final class CalendarPeriods {

    private CalendarPeriods() {
    }

    static TimeInterval day(LocalDate day) {
        return new TimeInterval(day, day, TimePrecision.DAY);
    }

    static TimeInterval month(LocalDate first) {
        return new TimeInterval(first, first.with(TemporalAdjusters.lastDayOfMonth()), TimePrecision.MONTH);
    }

    static TimeInterval year(int year) {
        return new TimeInterval(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), TimePrecision.YEAR);
    }

    static TimeInterval years(int first, int last) {
        return new TimeInterval(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31), TimePrecision.DECADE);
    }

    static TimeInterval quarter(int year, int n) {
        return months(year, 3 * n - 2, 3 * n, TimePrecision.QUARTER);
    }

    static TimeInterval half(int year, int n) {
        return months(year, 6 * n - 5, 6 * n, TimePrecision.HALF_YEAR);
    }

    static TimeInterval between(LocalDate start, LocalDate end, TimePrecision precision) {
        return new TimeInterval(start, end, precision);
    }

    /** Part of the month, year, week or decade that {@code whole} is, by its {@code unit}. */
    static TimeInterval partOf(String unit, String part, TimeInterval whole) {
        return switch (unit) {
            case "month" -> partOfMonth(part, whole.start());
            case "year" -> partOfYear(part, whole.start().getYear());
            case "week" -> partOfWeek(part, whole.start());
            default -> partOfDecade(part, whole.start().getYear());
        };
    }

    private static TimeInterval months(int year, int firstMonth, int lastMonth, TimePrecision precision) {
        LocalDate first = LocalDate.of(year, firstMonth, 1);
        return new TimeInterval(first, LocalDate.of(year, lastMonth, 1).with(TemporalAdjusters.lastDayOfMonth()),
                precision);
    }

    private static TimeInterval partOfMonth(String part, LocalDate first) {
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        return switch (part) {
            case "early" -> between(first, first.withDayOfMonth(10), TimePrecision.PART_OF_MONTH);
            case "mid", "the middle of" ->
                between(first.withDayOfMonth(11), first.withDayOfMonth(20), TimePrecision.PART_OF_MONTH);
            case "late" -> between(first.withDayOfMonth(21), last, TimePrecision.PART_OF_MONTH);
            case "the start of", "the beginning of" ->
                between(first, first.withDayOfMonth(7), TimePrecision.PART_OF_MONTH);
            default -> between(last.minusDays(6), last, TimePrecision.PART_OF_MONTH); // the end of
        };
    }

    private static TimeInterval partOfYear(String part, int year) {
        return switch (part) {
            case "early" -> months(year, 1, 4, TimePrecision.PART_OF_YEAR);
            case "mid", "the middle of" -> months(year, 5, 8, TimePrecision.PART_OF_YEAR);
            case "late" -> months(year, 9, 12, TimePrecision.PART_OF_YEAR);
            case "the start of", "the beginning of" -> months(year, 1, 2, TimePrecision.PART_OF_YEAR);
            default -> months(year, 11, 12, TimePrecision.PART_OF_YEAR); // the end of
        };
    }

    private static TimeInterval partOfWeek(String part, LocalDate monday) {
        return switch (part) {
            case "early", "the start of", "the beginning of" -> between(monday, monday.plusDays(2), TimePrecision.WEEK);
            case "mid", "the middle of" -> between(monday.plusDays(1), monday.plusDays(4), TimePrecision.WEEK);
            default -> between(monday.plusDays(3), monday.plusDays(6), TimePrecision.WEEK); // late, the end of
        };
    }

    private static TimeInterval partOfDecade(String part, int firstYear) {
        return switch (part) {
            case "early", "the start of", "the beginning of" -> years(firstYear, firstYear + 3);
            case "mid", "the middle of" -> years(firstYear + 3, firstYear + 6);
            default -> years(firstYear + 6, firstYear + 9); // late, the end of
        };
    }
}
