package io.claimgraph.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.model.QuantityBound;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

    private final QuantityFinder finder = new QuantityFinder();

    private List<ExtractedQuantity> find(String sentence) {
        TaggedSentence s = Tagging.tag(sentence);
        return finder.find(s, 0, s.size());
    }

    private ExtractedQuantity one(String sentence) {
        List<ExtractedQuantity> found = find(sentence);
        assertEquals(1, found.size(), sentence + " -> " + found);
        return found.get(0);
    }

    @Test
    void thousandsSeparatorUnitAndMeasureAfter() {
        ExtractedQuantity q = one("Officials said 2,500 soldiers were wounded in the attack.");
        assertEquals(2500, q.value());
        assertEquals(QuantityBound.EXACT, q.bound());
        assertEquals("soldier", q.unit());
        assertEquals("wounded", q.measure());
        assertEquals("2,500 soldiers", q.text());
    }

    @Test
    void boundsFromTheWordsBefore() {
        assertEquals(QuantityBound.AT_LEAST, one("At least 40 people died in the floods.").bound());
        assertEquals(QuantityBound.AT_LEAST, one("The firm hired more than 300 engineers last year.").bound());
        assertEquals(QuantityBound.AT_MOST, one("The plant will cut up to 1,200 jobs.").bound());
        assertEquals(QuantityBound.AT_MOST, one("Fewer than 50 patients enrolled in the trial.").bound());
        assertEquals(QuantityBound.AT_MOST, one("The party would accept no more than 4.5 billion euros.").bound());
        assertEquals(QuantityBound.APPROXIMATE, one("Roughly 800 homes lost power.").bound());
        assertEquals(QuantityBound.APPROXIMATE, one("The army deployed an estimated 1,000 additional troops.").bound());
        assertEquals(QuantityBound.APPROXIMATE, one("Nearly 60 flights were cancelled.").bound());
    }

    @Test
    void scaleWordsAndCurrencies() {
        ExtractedQuantity deal = one("The company agreed to pay $2.5 billion for the rival.");
        assertEquals(2.5e9, deal.value(), 1);
        assertEquals("usd", deal.unit());
        assertEquals(95e6, one("They offered 95 million euros for the striker.").value(), 1);
        assertEquals("eur", one("They offered 95 million euros for the striker.").unit());
        assertEquals(3.1e9, one("Investors bought 3.1bn of bonds.").value(), 1);
        assertEquals(12e3, one("Output reached 12 thousand barrels a day.").value(), 1);
        assertEquals("gbp", one("Sales rose to \u00a3640m in the quarter.").unit());
        assertEquals(640e6, one("Sales rose to \u00a3640m in the quarter.").value(), 1);
    }

    @Test
    void percentages() {
        ExtractedQuantity q = one("Inflation slowed to 4.1% in October.");
        assertEquals(4.1, q.value(), 1e-9);
        assertEquals("percent", q.unit());
        assertEquals("percent", one("Turnout fell 3 percent from the last vote.").unit());
    }

    @Test
    void rangesWithUpperBound() {
        ExtractedQuantity dash = one("Between them they employ 3,000-4,000 workers.");
        assertEquals(QuantityBound.RANGE, dash.bound());
        assertEquals(3000, dash.value());
        assertEquals(4000, dash.upper());
        assertEquals("worker", dash.unit());
        ExtractedQuantity between = one("Savings of between $150 million and $200 million a year are expected.");
        assertEquals(QuantityBound.RANGE, between.bound());
        assertEquals(150e6, between.value(), 1);
        assertEquals(200e6, between.upper(), 1);
        ExtractedQuantity percent = one("Cases could rise by 30-40% over the winter.");
        assertEquals(30, percent.value());
        assertEquals(40, percent.upper());
        assertEquals("percent", percent.unit());
    }

    @Test
    void partTakesTheUnitAndTheVerbOfTheWhole() {
        List<ExtractedQuantity> q = find("About 1,000 of the original 11,000 troops were killed.");
        assertEquals(2, q.size(), q.toString());
        assertEquals(1000, q.get(0).value());
        assertEquals(QuantityBound.APPROXIMATE, q.get(0).bound());
        assertEquals("troop", q.get(0).unit());
        assertEquals("killed", q.get(0).measure());
        assertEquals(11000, q.get(1).value());
        assertNull(q.get(1).measure());
    }

    @Test
    void yearsScoresAndGluedNumbersAreNoQuantities() {
        assertTrue(find("Losses have not been disclosed since late 2022.").isEmpty());
        assertTrue(find("The glaciers were surveyed between 2015 and 2023.").isEmpty());
        assertTrue(find("Porto won 3-1 on Sunday.").isEmpty());
        assertTrue(find("The 18-year-old striker signed an F-16 deal during COVID-19.").isEmpty());
        assertTrue(find("The talks began on March 3 in Geneva.").isEmpty());
    }

    @Test
    void measureBeforeTheNumber() {
        assertEquals("deployed", one("North Korea has deployed an estimated 1,000 additional troops.").measure());
    }
}
