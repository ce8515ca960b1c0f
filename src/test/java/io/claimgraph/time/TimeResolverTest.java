package io.claimgraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeResolverTest {

    /** A Thursday. */
    private static final LocalDate ANCHOR = LocalDate.of(2025, 2, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            late 2022                  | 2022-09-01 | 2022-12-31 | PART_OF_YEAR
            in late 2022               | 2022-09-01 | 2022-12-31 | PART_OF_YEAR
            early 2023                 | 2023-01-01 | 2023-04-30 | PART_OF_YEAR
            mid-2023                   | 2023-05-01 | 2023-08-31 | PART_OF_YEAR
            the end of 2022            | 2022-11-01 | 2022-12-31 | PART_OF_YEAR
            the beginning of 2024      | 2024-01-01 | 2024-02-29 | PART_OF_YEAR
            early February             | 2025-02-01 | 2025-02-10 | PART_OF_MONTH
            mid-February               | 2025-02-11 | 2025-02-20 | PART_OF_MONTH
            late January 2024          | 2024-01-21 | 2024-01-31 | PART_OF_MONTH
            the end of March           | 2025-03-25 | 2025-03-31 | PART_OF_MONTH
            October 2024               | 2024-10-01 | 2024-10-31 | MONTH
            in October 2024            | 2024-10-01 | 2024-10-31 | MONTH
            in November                | 2024-11-01 | 2024-11-30 | MONTH
            in March                   | 2025-03-01 | 2025-03-31 | MONTH
            in August                  | 2025-08-01 | 2025-08-31 | MONTH
            in September               | 2024-09-01 | 2024-09-30 | MONTH
            March 3, 2024              | 2024-03-03 | 2024-03-03 | DAY
            on March 3                 | 2025-03-03 | 2025-03-03 | DAY
            Jan. 5                     | 2025-01-05 | 2025-01-05 | DAY
            in 2023                    | 2023-01-01 | 2023-12-31 | YEAR
            during 2021                | 2021-01-01 | 2021-12-31 | YEAR
            since 2023                 | 2023-01-01 | 2025-02-20 | YEAR
            since late 2024            | 2024-09-01 | 2025-02-20 | PART_OF_YEAR
            Q3 2024                    | 2024-07-01 | 2024-09-30 | QUARTER
            H1 2024                    | 2024-01-01 | 2024-06-30 | HALF_YEAR
            third quarter              | 2025-07-01 | 2025-09-30 | QUARTER
            the first half of 2023     | 2023-01-01 | 2023-06-30 | HALF_YEAR
            last quarter               | 2024-10-01 | 2024-12-31 | QUARTER
            yesterday                  | 2025-02-19 | 2025-02-19 | DAY
            today                      | 2025-02-20 | 2025-02-20 | DAY
            last night                 | 2025-02-19 | 2025-02-20 | DAY
            on Monday                  | 2025-02-17 | 2025-02-17 | DAY
            Thursday                   | 2025-02-20 | 2025-02-20 | DAY
            last Thursday              | 2025-02-13 | 2025-02-13 | DAY
            next Monday                | 2025-02-24 | 2025-02-24 | DAY
            last week                  | 2025-02-10 | 2025-02-16 | WEEK
            this week                  | 2025-02-17 | 2025-02-23 | WEEK
            next week                  | 2025-02-24 | 2025-03-02 | WEEK
            last weekend               | 2025-02-15 | 2025-02-16 | DAY
            last month                 | 2025-01-01 | 2025-01-31 | MONTH
            this month                 | 2025-02-01 | 2025-02-28 | MONTH
            last year                  | 2024-01-01 | 2024-12-31 | YEAR
            next year                  | 2026-01-01 | 2026-12-31 | YEAR
            the past year              | 2024-02-20 | 2025-02-20 | YEAR
            last decade                | 2010-01-01 | 2019-12-31 | DECADE
            earlier this year          | 2025-01-01 | 2025-02-20 | PART_OF_YEAR
            later this month           | 2025-02-20 | 2025-02-28 | PART_OF_MONTH
            late last year             | 2024-09-01 | 2024-12-31 | PART_OF_YEAR
            early next month           | 2025-03-01 | 2025-03-10 | PART_OF_MONTH
            last summer                | 2024-06-01 | 2024-08-31 | SEASON
            last winter                | 2023-12-01 | 2024-02-29 | SEASON
            this winter                | 2024-12-01 | 2025-02-28 | SEASON
            next spring                | 2025-03-01 | 2025-05-31 | SEASON
            over the past three years  | 2022-02-20 | 2025-02-20 | YEAR
            the last two weeks         | 2025-02-06 | 2025-02-20 | WEEK
            in the next 6 months       | 2025-02-20 | 2025-08-20 | MONTH
            """)
    void resolves(String text, String start, String end, TimePrecision precision) {
        TimeInterval interval = TimeResolver.resolve(text, ANCHOR)
                .orElseThrow(() -> new AssertionError("unresolved: " + text));
        assertEquals(new TimeInterval(LocalDate.parse(start), LocalDate.parse(end), precision), interval, text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"in just a few months", "the coming weeks", "in the coming weeks", "second year",
            "by March",
            "until 2025", "FY2024", "its second straight year", "over several days", "February 30", ""})
    void leavesVagueOrOpenExpressionsUnresolved(String text) {
        assertEquals(Optional.empty(), TimeResolver.resolve(text, ANCHOR), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"last week", "yesterday", "early February", "on Monday", "in March", "third quarter"})
    void relativeExpressionsNeedTheArticleDate(String text) {
        assertEquals(Optional.empty(), TimeResolver.resolve(text, null), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"late 2022", "October 2024", "Q3 2024", "March 3, 2024", "in 2023"})
    void absoluteExpressionsNeedNoDate(String text) {
        assertTrue(TimeResolver.resolve(text, null).isPresent(), text);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            late 2022      | October 2024   | false
            early February | mid-February   | true
            early February | late February  | false
            late 2022      | January 2023   | true
            2024           | October 2024   | true
            on Monday      | on Tuesday     | false
            """)
    void fuzzyEdgesOverlap(String a, String b, boolean overlap) {
        TimeInterval x = TimeResolver.resolve(a, ANCHOR).orElseThrow();
        TimeInterval y = TimeResolver.resolve(b, ANCHOR).orElseThrow();
        assertEquals(overlap, x.overlapsLoosely(y), a + " vs " + b);
        assertEquals(overlap, y.overlapsLoosely(x), b + " vs " + a);
    }
}
