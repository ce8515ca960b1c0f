package io.claimgraph.ingest.reuters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.location.Gazetteer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The evaluation's reading of the SGML records and of the annotation, and its scoring rules. */
class WireScoreTest {

    @Test
    void recordsAreReadAsTheWireDeliveredThem() {
        List<WireArticle> dev = WireArticle.read("dev.sgm");
        assertEquals(70, dev.size());
        assertEquals(70, dev.stream().map(WireArticle::newId).distinct().count());
        for (WireArticle a : dev) {
            assertFalse(a.headline().isBlank(), a.newId());
            assertFalse(a.body().contains("&#") || a.body().contains("&lt;"), a.newId() + " has undecoded references");
            assertTrue(a.body().strip().endsWith("\u0003"), a.newId() + " ends with the end-of-text character");
            assertTrue(a.body().contains("\n"), a.newId() + " keeps its line breaks");
        }
        assertEquals("a <b> & c \u0003", WireArticle.decode("a &lt;b&gt; &amp; c &#3;"));
    }

    @Test
    void annotationLinesAreGroupedByArticle() {
        Map<String, GoldAnnotation.Article> gold = GoldAnnotation.parse("""
                # comment
                1\tstatement\tthe union had called off talks\tChamber of Mines
                1\torg\tChamber of Mines\t
                1\tplace\tJOHANNESBURG\tSouth Africa
                2\tperson\tKim Mahn-je\t
                2\tplace\tSouth Korea\t
                """);
        assertEquals(Set.of("1", "2"), gold.keySet());
        assertEquals("Chamber of Mines", gold.get("1").statements.get(0).asserter());
        assertEquals("South Africa", gold.get("1").places.get(0).country());
        assertEquals("South Korea", gold.get("2").places.get(0).country(), "a country is its own country");
    }

    @Test
    void namesMatchAsTheReadmeSays() {
        assertTrue(WireScore.sameName("Smith", "John Smith"));
        assertTrue(WireScore.sameName("Northfield Data Systems Inc", "<Northfield Data Systems>"));
        assertTrue(WireScore.sameName("the Chamber of Mines", "Chamber of Mines"));
        assertTrue(WireScore.sameName("Halvorsen N.V.", "Halvorsen"));
        assertTrue(WireScore.sameName("analysts", "Some analysts"));
        assertFalse(WireScore.sameName("John Smith", "John Smithers"));
        assertFalse(WireScore.sameName("Bank of Korea", "Korea Exchange Bank"));
        assertFalse(WireScore.sameName("Inc", "Ltd"), "suffixes alone are not a name");
    }

    @Test
    void scoresStatementsNamesAndCountries() {
        GoldAnnotation.Article gold = GoldAnnotation.parse("""
                1\tstatement\tthe union had called off talks\tChamber of Mines
                1\tstatement\tmining companies wanted advance notice\tChamber of Mines
                1\tstatement\tminers had been offered a holiday\tChamber of Mines
                1\torg\tChamber of Mines\t
                1\torg\tNational Union of Mineworkers\t
                1\tperson\tJohn Smith\t
                1\tplace\tJOHANNESBURG\tSouth Africa
                """).get("1");
        WireScore score = new WireScore(Gazetteer.fromClasspath());
        score.add("1", gold, new WireScore.Stored(
                List.of(new WireScore.Claim("It said the Union  had called off talks on a specific issue.",
                        "Chamber of Mines"),
                        new WireScore.Claim("Mining companies wanted advance notice in order to plan.", "union")),
                List.of("Smith", "Labour Day"), List.of("Chamber of Mines"), Set.of("ZA", "US")));
        assertEquals(3, score.statements);
        assertEquals(2, score.statementsFound);
        assertEquals(1, score.statementsRight);
        assertEquals(0.5, score.people.precision());
        assertEquals(1.0, score.people.recall());
        assertEquals(1.0, score.organisations.precision());
        assertEquals(0.5, score.organisations.recall());
        assertEquals(0.5, score.places.precision());
        assertEquals(1.0, score.places.recall());
        assertTrue(score.misses().contains("extra person: Labour Day"), score.misses());
        assertTrue(score.misses().contains("statement not found"), score.misses());
    }
}
