package io.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.claimgraph.ingest.extract.ActorMention;
import io.claimgraph.ingest.extract.ExtractedArticle;
import io.claimgraph.ingest.extract.ExtractedClaim;
import io.claimgraph.ingest.extract.ExtractedQuantity;
import io.claimgraph.ingest.extract.PlaceMention;
import io.claimgraph.model.ActorType;
import io.claimgraph.model.Certainty;
import io.claimgraph.model.LocationType;
import io.claimgraph.model.QuantityBound;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample article (src/test/resources/articles/seed-kursk.txt) against what a correct extraction of it finds
 * (seed-kursk-extraction.md beside it, the design's description copied into the repository).
 */
class SeedExtractionTest {

    private static ExtractedArticle article;

    @BeforeAll
    static void extract() {
        article = Articles.extract(Articles.scraped("seed-kursk.txt"));
    }

    /** Who should assert a claim: a named actor, an unnamed source by name, or the article itself (null). */
    private record Expected(int number, String textPart, String asserter, ActorType asserterType, Certainty certainty) {
    }

    private static final List<Expected> CLAIMS = List.of(
            new Expected(1, "deployed an estimated 1,000 additional troops", "recent intelligence",
                    ActorType.UNNAMED_SOURCE,
                    Certainty.ESTIMATED),
            new Expected(2, "increased its military support for Russia", "National Intelligence Service",
                    ActorType.INTELLIGENCE_AGENCY, Certainty.REPORTED),
            new Expected(3, "re-deployed existing troops", "National Intelligence Service",
                    ActorType.INTELLIGENCE_AGENCY,
                    Certainty.REPORTED),
            new Expected(4, "at least an additional 1,000 soldiers", "South Korean military sources",
                    ActorType.UNNAMED_SOURCE, Certainty.ESTIMATED),
            new Expected(5, "had sustained significant losses", "assertions", ActorType.UNNAMED_SOURCE,
                    Certainty.REPORTED),
            new Expected(6, "about 1,000 of the original 11,000", "prior estimates", ActorType.UNNAMED_SOURCE,
                    Certainty.ESTIMATED),
            new Expected(7, "redeployed to the Kursk frontline", "Ukrainian special forces", ActorType.ARMED_FORCE,
                    Certainty.REPORTED),
            new Expected(8, "acknowledged the return", "Volodymyr Zelensky", ActorType.PERSON, Certainty.ASSERTED),
            new Expected(9, "vulnerability to Ukrainian drone strikes", "early intelligence", ActorType.UNNAMED_SOURCE,
                    Certainty.SPECULATIVE),
            new Expected(10, "caution against underestimating", "experts", ActorType.UNNAMED_SOURCE,
                    Certainty.SPECULATIVE),
            new Expected(11, "deep into its second year", null, null, Certainty.ASSERTED),
            new Expected(12, "still holding significant areas", null, null, Certainty.ASSERTED),
            new Expected(13, "no public disclosure regarding Russian military casualties", null, null,
                    Certainty.ASSERTED),
            new Expected(14, "losses could be significantly higher", "independent estimates", ActorType.UNNAMED_SOURCE,
                    Certainty.SPECULATIVE));

    @Test
    void findsTheNamedActorsWithTheirTypes() {
        assertActor("North Korea", ActorType.STATE, "KP");
        assertActor("North Korean forces", ActorType.ARMED_FORCE, "KP");
        assertActor("Russia", ActorType.STATE, "RU");
        assertActor("Ukraine", ActorType.STATE, "UA");
        assertActor("South Korea", ActorType.STATE, "KR");
        assertActor("National Intelligence Service", ActorType.INTELLIGENCE_AGENCY, "KR");
        assertActor("South Korean military sources", ActorType.UNNAMED_SOURCE, null);
        assertActor("Ukrainian special forces", ActorType.ARMED_FORCE, "UA");
        assertActor("Volodymyr Zelensky", ActorType.PERSON, null);
        for (String unnamed : List.of("experts", "prior estimates", "independent estimates")) {
            assertActor(unnamed, ActorType.UNNAMED_SOURCE, null);
        }
    }

    @Test
    void resolvesAliases() {
        assertTrue(actor("Volodymyr Zelensky").aliases().contains("Zelensky") || article.actors().stream()
                .noneMatch(a -> a.name().equals("Zelensky")), "a bare surname must not become a second person");
        assertTrue(actor("Russia").aliases().contains("Moscow"), "Moscow stands for the Russian government here");
        assertTrue(actor("North Korea").aliases().contains("North Korean"));
        assertTrue(article.locations().stream().noneMatch(p -> p.name().equals("Moscow")),
                "Moscow is no location here");
        assertTrue(
                article.actors().stream()
                        .noneMatch(a -> a.type() == ActorType.PERSON && !a.name().equals("Volodymyr Zelensky")),
                "only one person is named in the article");
    }

    @Test
    void findsTheFiveLocations() {
        assertPlace("Kursk Oblast", LocationType.REGION, "RU", 51.7, 36.2);
        PlaceMention kursk = place("Kursk Oblast");
        assertNotNull(kursk.parent());
        assertEquals("Russia", kursk.parent().name());
        assertPlaceNearEither("Russia", "RU", 60, 100, 55.75, 37.62);
        assertPlaceNearEither("Ukraine", "UA", 49, 32, 50.45, 30.52);
        assertPlaceNearEither("North Korea", "KP", 40, 127, 39.03, 125.75);
        assertPlaceNearEither("South Korea", "KR", 36.5, 127.8, 37.57, 126.98);
    }

    @Test
    void atLeastTwelveOfTheFourteenClaimsHaveTheRightAsserterAndCertainty() {
        List<String> failures = new ArrayList<>();
        for (Expected e : CLAIMS) {
            Optional<ExtractedClaim> claim = claim(e.textPart());
            String problem = claim.isPresent() ? check(e, claim.get()) : "not found";
            System.out.printf("seed claim %2d %-60s %s%n", e.number(), e.textPart(), problem == null ? "ok" : problem);
            if (problem != null) {
                failures.add(e.number() + ": " + problem);
            }
        }
        assertTrue(failures.size() <= 2, "more than two claims wrong: " + failures);
    }

    private static String check(Expected e, ExtractedClaim c) {
        ActorMention by = c.assertedBy();
        if (e.asserter() == null && by != null) {
            return "expected the article's own voice, got " + by.name();
        }
        if (e.asserter() != null
                && (by == null || !by.name().equalsIgnoreCase(e.asserter()) || by.type() != e.asserterType())) {
            return "expected " + e.asserter() + "/" + e.asserterType() + ", got "
                    + (by == null ? null : by.name() + "/" + by.type());
        }
        if (c.certainty() != e.certainty()) {
            return "expected " + e.certainty() + ", got " + c.certainty();
        }
        return null;
    }

    @Test
    void quantitiesOfClaimsOneFourAndSix() {
        ExtractedQuantity one = only(claim("deployed an estimated 1,000").orElseThrow().quantities());
        assertQuantity(one, 1000, QuantityBound.APPROXIMATE, "troop");
        assertEquals("deployed", one.measure());

        ExtractedQuantity four = only(claim("at least an additional 1,000 soldiers").orElseThrow().quantities());
        assertQuantity(four, 1000, QuantityBound.AT_LEAST, "soldier");
        assertEquals("at least an additional 1,000 soldiers", four.text());

        List<ExtractedQuantity> six = claim("about 1,000 of the original 11,000").orElseThrow().quantities();
        assertEquals(2, six.size(), six.toString());
        assertEquals(1000, six.get(0).value());
        assertEquals(QuantityBound.APPROXIMATE, six.get(0).bound());
        assertEquals("killed", six.get(0).measure());
        assertQuantity(six.get(1), 11000, QuantityBound.EXACT, "troop");
    }

    @Test
    void timeExpressions() {
        assertEquals("late 2022", claim("had sustained significant losses").orElseThrow().timeText());
        assertEquals("early February", claim("redeployed to the Kursk frontline").orElseThrow().timeText());
        assertEquals("in just a few months", claim("about 1,000 of the original 11,000").orElseThrow().timeText());
        assertEquals("second year", claim("deep into its second year").orElseThrow().timeText());
        assertTrue(article.claims().stream().noneMatch(c -> c.quantities().stream().anyMatch(q -> q.value() == 2022)),
                "a year is not a quantity");
    }

    @Test
    void noClaimTwice() {
        Set<String> texts = new HashSet<>();
        for (ExtractedClaim c : article.claims()) {
            assertTrue(texts.add(c.text()), "twice: " + c.text());
        }
        assertTrue(article.claims().stream().noneMatch(c -> c.text().contains("Reinforces Troop Presence")),
                "the headline carries no claim");
    }

    /**
     * Speculation about the future is stored as speculation or skipped, never as a fact (seed-kursk-extraction.md).
     * The outlook clause names actors and a time, so it is a claim; "The situation remains fluid" names no source,
     * name, place, number or time, so the extractor may leave it out, but never as ASSERTED.
     */
    @Test
    void sceneSettingIsNeverAssertedAsFact() {
        ExtractedClaim outlook = claim("set to unfold further in the coming weeks")
                .orElseGet(() -> fail("no claim with the outlook in " + texts()));
        assertNotEquals(Certainty.ASSERTED, outlook.certainty(), outlook.text());
        assertNotEquals(Optional.of(Certainty.ASSERTED),
                claim("The situation remains fluid").map(ExtractedClaim::certainty));
    }

    private static List<String> texts() {
        return article.claims().stream().map(ExtractedClaim::text).toList();
    }

    private static Optional<ExtractedClaim> claim(String part) {
        return article.claims().stream().filter(c -> c.text().contains(part)).findFirst();
    }

    private static ExtractedQuantity only(List<ExtractedQuantity> quantities) {
        assertEquals(1, quantities.size(), quantities.toString());
        return quantities.get(0);
    }

    private static void assertQuantity(ExtractedQuantity q, double value, QuantityBound bound, String unit) {
        assertEquals(value, q.value(), 1e-9, q.toString());
        assertEquals(bound, q.bound(), q.toString());
        assertEquals(unit, q.unit(), q.toString());
    }

    private static ActorMention actor(String name) {
        return article.actors().stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst()
                .orElseGet(() -> fail("no actor " + name + " in " + article.actors()));
    }

    private static void assertActor(String name, ActorType type, String countryCode) {
        ActorMention a = actor(name);
        assertEquals(type, a.type(), name);
        if (countryCode != null) {
            assertEquals(countryCode, a.countryCode(), name);
        }
    }

    private static PlaceMention place(String name) {
        return article.locations().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no location " + name + " in " + article.locations()));
    }

    private static void assertPlace(String name, LocationType type, String countryCode, double lat, double lon) {
        PlaceMention p = place(name);
        assertEquals(type, p.type(), name);
        assertEquals(countryCode, p.countryCode(), name);
        assertTrue(Math.abs(p.latitude() - lat) <= 1.5 && Math.abs(p.longitude() - lon) <= 1.5,
                name + " at " + p.latitude() + "," + p.longitude());
    }

    /** A country's point may be its centre or its capital: either is fine within 1.5 degrees. */
    private static void assertPlaceNearEither(String name, String cc, double lat, double lon, double capLat,
            double capLon) {
        PlaceMention p = place(name);
        assertEquals(LocationType.COUNTRY, p.type(), name);
        assertEquals(cc, p.countryCode(), name);
        boolean nearCentre = Math.abs(p.latitude() - lat) <= 1.5 && Math.abs(p.longitude() - lon) <= 1.5;
        boolean nearCapital = Math.abs(p.latitude() - capLat) <= 1.5 && Math.abs(p.longitude() - capLon) <= 1.5;
        assertTrue(nearCentre || nearCapital, name + " at " + p.latitude() + "," + p.longitude());
    }
}
