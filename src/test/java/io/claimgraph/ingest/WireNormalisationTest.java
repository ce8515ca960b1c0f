package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.ingest.IngestInputCheck.AllowedControl;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text as it really arrives: hard-wrapped wire copy, pasted HTML, page breaks and control characters. */
class WireNormalisationTest {

    private final ArticleNormalizer normalizer = new ArticleNormalizer();

    private static final String WIRE = "\u0002    SPRINGFIELD, Ill., March 3 - Northfield Data Systems Inc said it\r\n"
            + "has completed the sale of its printing unit to a group of\r\n"
            + "investors for 75,000 dlrs.\r\n"
            + "    The company said it would use the proceeds to reduce debt\r\n"
            + "and expected a gain of two mln dlrs, or 15 pct of its assets,\r\n"
            + "in the second quarter.\r\n"
            + "    \"We are pleased,\" the chairman told reporters.\r\n"
            + " REUTER\r\n\u0003";

    @Test
    void wrappedWireCopyBecomesParagraphsWithItsDatelineApart() {
        NormalizedArticle a = normalizer.normalize("NORTHFIELD SELLS UNIT", WIRE);
        assertEquals(List.of(
                "Northfield Data Systems Inc said it has completed the sale of its printing unit to a group of investors for 75,000 dlrs.",
                "The company said it would use the proceeds to reduce debt and expected a gain of two mln dlrs, or 15 pct of its "
                        + "assets, in the second quarter.",
                "\"We are pleased,\" the chairman told reporters."), a.paragraphs());
        assertEquals("SPRINGFIELD", a.dateline().city());
        assertEquals("Ill.", a.dateline().region());
        assertEquals("SPRINGFIELD, Ill., March 3", a.dateline().text());
        assertTrue(a.body().startsWith("SPRINGFIELD, Ill., March 3 - Northfield Data Systems Inc said it has"),
                a.body());
        assertTrue(a.warnings().contains("hard-wrapped lines re-joined into paragraphs"), a.warnings().toString());
        assertTrue(a.warnings().contains("control characters removed"), a.warnings().toString());
        assertTrue(a.warnings().contains("sign-off line dropped"), a.warnings().toString());
        assertTrue(a.warnings().stream().anyMatch(w -> w.startsWith("dateline read")), a.warnings().toString());
    }

    @Test
    void aShortLineAfterASentenceEndsItsParagraphWithoutAnIndent() {
        String text = "Harbour Equity (Asia) Ltd said it bought a stake of up to\n"
                + "three mln shares on Tuesday.\n"
                + "The stake was bought in the market.\n"
                + "Analysts said the purchase was a sign that more bids would\n"
                + "follow in the coming weeks, as prices of the stock fell.\n";
        NormalizedArticle a = normalizer.normalize("Stake", text);
        assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
        assertEquals("The stake was bought in the market.", a.paragraphs().get(1));
    }

    @Test
    void oneParagraphPerLineStaysAsItIs() {
        String text = "The harbour reopened on Monday, the port authority said.\n"
                + "Ships had queued for days.\n"
                + "Officials said repairs had cost more than planned.\n";
        NormalizedArticle a = normalizer.normalize("Harbour reopens", text);
        assertEquals(3, a.paragraphs().size());
        assertTrue(a.warnings().isEmpty(), a.warnings().toString());
        assertNull(a.dateline());
    }

    @Test
    void pastedHtmlFormFeedsAndSoftHyphensAreCleaned() {
        String text = "<p>Prices rose 3&nbsp;pct, the bank&#8217;s econo\u00ADmists said.</p><p>Trade fell.</p>\fExports rose, "
                + "<Halvorsen N.V.> said.";
        NormalizedArticle a = normalizer.normalize("Prices", text);
        assertEquals(List.of("Prices rose 3 pct, the bank's economists said.", "Trade fell.",
                "Exports rose, <Halvorsen N.V.> said."), a.paragraphs());
        assertTrue(a.warnings().containsAll(List.of("HTML character references decoded", "HTML tags removed",
                "form feeds read as paragraph breaks", "soft hyphens removed")), a.warnings().toString());
    }

    @Test
    void theWiresFramingMarksAndPageBreaksPassTheInputCheckOtherControlsDoNot() {
        assertTrue(!IngestInputCheck.hasControl("\u0002text\f more\u0003", AllowedControl.WIRE_TEXT));
        assertTrue(IngestInputCheck.hasControl("\u0002bell \u0007\u0003", AllowedControl.WIRE_TEXT));
        assertTrue(IngestInputCheck.hasControl("nul \u0000", AllowedControl.WIRE_TEXT));
    }

    @Test
    void agencyDatelineAndNoDateline() {
        Dateline.Split split = Dateline.split("LONDON (Reuters) - Shares fell on Tuesday, dealers said.");
        assertEquals("LONDON", split.dateline().city());
        assertEquals("Shares fell on Tuesday, dealers said.", split.rest());
        assertNull(Dateline.split("NATO - the alliance said on Tuesday it would meet."));
        assertNull(Dateline.split("The U.S., March 3 - not a dateline because it is not in capitals."));
    }
}
