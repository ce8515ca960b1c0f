package io.claimgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TimeExpressionFinderTest {

    private final TimeExpressionFinder finder = new TimeExpressionFinder();

    @Test
    void asWritten() {
        assertEquals("late 2022", finder.find("losses since their initial deployment in late 2022, with"));
        assertEquals("early February", finder.find("redeployed to the frontline in early February after a hiatus"));
        assertEquals("in just a few months", finder.find("troops were killed in just a few months."));
        assertEquals("second year", finder.find("Russia's invasion, now deep into its second year, has"));
        assertEquals("last week", finder.find("Polls published last week put support at 21%."));
        assertEquals("on Monday", finder.find("The company said on Monday it had agreed to buy"));
        assertEquals("in March 2024", finder.find("The law took effect in March 2024 after a vote."));
        assertEquals("mid-2023", finder.find("Prices have fallen since mid-2023."));
        assertEquals("third quarter", finder.find("Profit rose in the third quarter."));
        assertEquals("Q3 2024", finder.find("Revenue for Q3 2024 beat forecasts."));
        assertEquals("earlier this year", finder.find("The plant closed earlier this year."));
    }

    @Test
    void nothingWhereThereIsNoTime() {
        assertNull(finder.find("Ukraine still holds significant areas of land."));
        assertNull(finder.find("The outcome may hinge on the effectiveness of these forces."));
        assertNull(finder.find("The first dose had fallen to 71% coverage."));
    }

    /** Trying the pattern only at candidate words finds what a plain left-to-right search finds. */
    @Test
    void sameAsSearchingEveryPosition() throws IOException {
        List<String> texts = new ArrayList<>(List.of("Q3 2024 and FY2025", "H1 2023", "the 21st year", "in 2023",
                "Sept. 4, 2024", "on Tuesday", "mid-March", "the coming weeks", "over the past three years", "x9th day",
                "_in 2023", "\u00e9in March 2024", "Since 1999", "tonight"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.addAll(List.of(Files.readString(file).split("(?<=[.!?])\\s+|\\n")));
            }
        }
        int withTime = 0;
        for (String text : texts) {
            Matcher plain = TimeExpressionFinder.TIME.matcher(text);
            String expected = plain.find() ? plain.group() : null;
            assertEquals(expected, finder.find(text), text);
            withTime += expected == null ? 0 : 1;
        }
        assertTrue(withTime > 20, "the corpus should exercise the pattern: " + withTime + " texts with a time");
    }
}
