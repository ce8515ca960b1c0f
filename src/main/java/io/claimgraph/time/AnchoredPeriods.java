package io.claimgraph.time;

import static io.claimgraph.time.CalendarPeriods.between;
import static io.claimgraph.time.CalendarPeriods.day;
import static io.claimgraph.time.CalendarPeriods.month;
import static io.claimgraph.time.CalendarPeriods.quarter;
import static io.claimgraph.time.CalendarPeriods.year;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * The periods that words name relative to an anchor day, the article's publication ("last week", "next month",
 * "last winter", "on Monday", "the past three years"), and the year a month written without one falls in; the rules
 * are those {@link TimeResolver} documents.
 */
final class AnchoredPeriods {

    /** First month of each season; a season lasts three months. */
    private static final Map<String, Month> SEASONS = Map.of(
            "spring", Month.MARCH, "summer", Month.JUNE, "autumn", Month.SEPTEMBER, "fall", Month.SEPTEMBER,
            "winter", Month.DECEMBER);
    private AnchoredPeriods() {
    }

    /** "last week", "this year", "next month", "last winter", "past year" (the twelve months up to the anchor). */
    static TimeInterval named(String relation, String unit, LocalDate anchor) {
        int step = switch (relation) {
            case "last", "previous", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        if (relation.equals("past")
                && (unit.equals("week") || unit.equals("month") || unit.equals("year") || unit.equals("decade"))) {
            return span("past", 1, unit + "s", anchor); // "the past year": the twelve months up to the anchor
        }
        return switch (unit) {
            case "week" -> {
                LocalDate monday = anchor.with(DayOfWeek.MONDAY).plusWeeks(step);
                yield between(monday, monday.plusDays(6), TimePrecision.WEEK);
            }
            case "weekend" -> {
                // the weekend of the anchor's Monday-to-Sunday week; on a Wednesday "last weekend" is the one just gone
                LocalDate saturday = anchor.with(DayOfWeek.SATURDAY).plusWeeks(step);
                yield between(saturday, saturday.plusDays(1), TimePrecision.DAY);
            }
            case "month" -> month(anchor.withDayOfMonth(1).plusMonths(step));
            case "quarter" -> {
                LocalDate first = anchor.withDayOfMonth(1).withMonth((anchor.getMonthValue() - 1) / 3 * 3 + 1)
                        .plusMonths(3L * step);
                yield quarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1);
            }
            case "year" -> year(anchor.getYear() + step);
            case "decade" -> {
                int first = anchor.getYear() / 10 * 10 + 10 * step;
                yield between(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31), TimePrecision.DECADE);
            }
            default -> season(SEASONS.get(unit), step, anchor);
        };
    }

    /** The season's occurrence that contains the anchor (this), the one before it ended (last), or the one after (next). */
    private static TimeInterval season(Month firstMonth, int step, LocalDate anchor) {
        LocalDate start = LocalDate.of(anchor.getYear(), firstMonth, 1);
        if (firstMonth == Month.DECEMBER && anchor.getMonthValue() <= 2) {
            start = start.minusYears(1); // January and February belong to the winter that began in December
        }
        LocalDate end = start.plusMonths(3).minusDays(1);
        if (step < 0) {
            while (!end.isBefore(anchor)) {
                start = start.minusYears(1);
                end = start.plusMonths(3).minusDays(1);
            }
        } else if (step > 0) {
            while (!start.isAfter(anchor)) {
                start = start.plusYears(1);
                end = start.plusMonths(3).minusDays(1);
            }
        }
        return between(start, end, TimePrecision.SEASON);
    }

    /** "on Monday": the last Monday on or before the anchor; "last Monday" strictly before; "next Monday" after. */
    static TimeInterval weekday(String relation, DayOfWeek day, LocalDate anchor) {
        LocalDate date;
        if (relation == null) {
            date = anchor.with(TemporalAdjusters.previousOrSame(day));
        } else {
            date = switch (relation) {
                case "last" -> anchor.with(TemporalAdjusters.previous(day));
                case "next" -> anchor.with(TemporalAdjusters.next(day));
                default -> anchor.with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(day));
            };
        }
        return day(date);
    }

    /** "the past three years" (up to the anchor), "the next two weeks" (from it). */
    static TimeInterval span(String relation, Integer count, String units, LocalDate anchor) {
        if (anchor == null || count == null || count < 1) {
            return null;
        }
        ChronoUnit unit = switch (units) {
            case "days" -> ChronoUnit.DAYS;
            case "weeks" -> ChronoUnit.WEEKS;
            case "months" -> ChronoUnit.MONTHS;
            case "years" -> ChronoUnit.YEARS;
            case "decades" -> ChronoUnit.DECADES;
            default -> null;
        };
        if (unit == null) {
            return null;
        }
        TimePrecision precision = switch (unit) {
            case DAYS -> TimePrecision.DAY;
            case WEEKS -> TimePrecision.WEEK;
            case MONTHS -> TimePrecision.MONTH;
            case YEARS -> TimePrecision.YEAR;
            default -> TimePrecision.DECADE;
        };
        return relation.equals("next")
                ? between(anchor, anchor.plus(count, unit), precision)
                : between(anchor.minus(count, unit), anchor, precision);
    }

    /** The year that puts {@code month} nearest the anchor: "in November", written in February 2025, is November 2024. */
    static int nearestYear(Month month, LocalDate anchor) {
        int year = anchor.getYear();
        int best = year;
        long bestDistance = Long.MAX_VALUE;
        for (int candidate = year + 1; candidate >= year - 1; candidate--) {
            LocalDate first = LocalDate.of(candidate, month, 1);
            LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
            long distance = anchor.isBefore(first) ? ChronoUnit.DAYS.between(anchor, first)
                    : anchor.isAfter(last) ? ChronoUnit.DAYS.between(last, anchor) : 0;
            if (distance <= bestDistance) { // a tie goes to the earlier year: news reports on the past more often
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }
}
