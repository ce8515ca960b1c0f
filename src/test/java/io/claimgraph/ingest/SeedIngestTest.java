package io.claimgraph.ingest;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample article through the real API, checked against the design's seed extraction: what is stored and
 * linked (actors with types, locations with coordinates and parent, claims with asserter and certainty), not
 * only what the extractor returns.
 */
@QuarkusTest
public class SeedIngestTest {

    static final String URL = "https://seed.example/north-korea-reinforces-troops";
    private static final String CLAIMS = """
            query($id: ID!) { article(id: $id) { droppedParagraphs
              claims { text attribution certainty hedges timeText
                assertedBy { name type }
                quantities { value upper bound unit measure text } } } }""";

    private static JsonPath first;
    private static String articleId;

    static String seed() throws IOException {
        try (InputStream in = SeedIngestTest.class.getResourceAsStream("/articles/seed-kursk.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, Object> seedInput(String url) throws IOException {
        String body = seed();
        return vars("url", url, "headline", body.split("\n")[1], "body", body, "publishedAt", "2025-02-20T09:00:00Z");
    }

    @BeforeEach
    void ingestOnce() throws IOException {
        if (first != null) {
            return;
        }
        first = ok("mutation($in: ArticleInput!) { ingestArticle(input: $in) { outcome article { id } } }",
                vars("in", seedInput(URL)));
        articleId = first.getString("data.ingestArticle.article.id");
    }

    @Test
    void repeatsAreDroppedAndNoClaimIsStoredTwice() {
        assertTrue(List.of("CREATED", "DUPLICATE").contains(first.getString("data.ingestArticle.outcome")));
        JsonPath article = ok(CLAIMS, vars("id", articleId));
        assertEquals(7, article.getInt("data.article.droppedParagraphs"));
        List<String> texts = article.getList("data.article.claims.text");
        assertTrue(texts.size() >= 12, "claims: " + texts.size());
        assertEquals(texts.size(), new HashSet<>(texts).size(), "a claim text stored twice");
    }

    @Test
    void actorsAreStoredWithTheirTypes() {
        Map<String, String> expected = Map.of(
                "North Korea", "STATE", "Russia", "STATE", "Ukraine", "STATE", "South Korea", "STATE",
                "North Korean forces", "ARMED_FORCE", "National Intelligence Service", "INTELLIGENCE_AGENCY",
                "South Korean military sources", "UNNAMED_SOURCE", "Ukrainian special forces", "ARMED_FORCE",
                "Volodymyr Zelensky", "PERSON");
        JsonPath actors = ok("query($id: ID!) { article(id: $id) { actors { name type aliases } } }",
                vars("id", articleId));
        List<Map<String, Object>> stored = actors.getList("data.article.actors");
        expected.forEach((name, type) -> {
            Optional<Map<String, Object>> actor = stored.stream().filter(a -> name.equals(a.get("name"))).findFirst();
            assertTrue(actor.isPresent(), "actor " + name + " in " + stored);
            assertEquals(type, actor.get().get("type"), name);
        });
        Map<String, Object> russia = stored.stream().filter(a -> "Russia".equals(a.get("name"))).findFirst()
                .orElseThrow();
        assertTrue(((List<?>) russia.get("aliases")).contains("Moscow"), "Moscow is an alias of the Russian state");
    }

    @Test
    void locationsHaveCoordinatesAndKurskLiesInRussia() {
        JsonPath r = ok(
                "query($id: ID!) { article(id: $id) { locations { name type countryCode latitude longitude parent { name } } } }",
                vars("id", articleId));
        List<Map<String, Object>> places = r.getList("data.article.locations");
        // a country's point is its centre or its capital: Russia's centre (60 N, 100 E) or Moscow
        assertPlace(places, "RU", "COUNTRY", 60, 100, 1.5, 55.75, 37.62);
        assertPlace(places, "UA", "COUNTRY", 49, 32, 1.5, 50.45, 30.52);
        assertPlace(places, "KP", "COUNTRY", 40, 127, 1.5, 39.02, 125.75);
        assertPlace(places, "KR", "COUNTRY", 36.5, 127.8, 1.5, 37.57, 126.98);
        Map<String, Object> kursk = places.stream()
                .filter(p -> "REGION".equals(p.get("type")) && String.valueOf(p.get("name")).startsWith("Kursk"))
                .findFirst().orElseThrow(() -> new AssertionError("Kursk region in " + places));
        assertNear(51.7, kursk.get("latitude"), 1.5);
        assertNear(36.2, kursk.get("longitude"), 1.5);
        assertEquals("Russia", ((Map<?, ?>) kursk.get("parent")).get("name"));
        assertTrue(places.stream().noneMatch(p -> "Moscow".equals(p.get("name"))),
                "Moscow stands for the government here, not a place");
    }

    private static void assertPlace(List<Map<String, Object>> places, String country, String type, double lat,
            double lon,
            double tolerance, double capitalLat, double capitalLon) {
        Map<String, Object> place = places.stream()
                .filter(p -> country.equals(p.get("countryCode")) && type.equals(p.get("type")))
                .findFirst().orElseThrow(() -> new AssertionError(type + " " + country + " in " + places));
        boolean atCentre = near(lat, place.get("latitude"), tolerance) && near(lon, place.get("longitude"), tolerance);
        boolean atCapital = near(capitalLat, place.get("latitude"), tolerance)
                && near(capitalLon, place.get("longitude"), tolerance);
        assertTrue(atCentre || atCapital, country + " at " + place.get("latitude") + ", " + place.get("longitude"));
    }

    private static boolean near(double expected, Object actual, double tolerance) {
        return actual != null && Math.abs(expected - ((Number) actual).doubleValue()) <= tolerance;
    }

    private static void assertNear(double expected, Object actual, double tolerance) {
        assertNotNull(actual);
        assertTrue(Math.abs(expected - ((Number) actual).doubleValue()) <= tolerance, expected + " vs " + actual);
    }

    @Test
    void claimsCarryTheirAsserterCertaintyNumbersAndTime() {
        List<Map<String, Object>> claims = ok(CLAIMS, vars("id", articleId)).getList("data.article.claims");
        // gist fragment, expected asserter (null: the article's own voice), expected certainty
        List<List<String>> table = List.of(
                Arrays.asList("estimated 1,000 additional troops", "", "ESTIMATED"),
                Arrays.asList("increased its military support", "National Intelligence Service", "REPORTED"),
                Arrays.asList("re-deployed existing troops", "National Intelligence Service", "REPORTED"),
                Arrays.asList("at least an additional 1,000 soldiers", "South Korean military sources", "ESTIMATED"),
                Arrays.asList("sustained significant losses", "", "REPORTED"),
                Arrays.asList("were killed", "prior estimates", "ESTIMATED"),
                Arrays.asList("redeployed to the Kursk frontline", "Ukrainian special forces", "REPORTED"),
                Arrays.asList("acknowledged the return", "Volodymyr Zelensky", "ASSERTED"),
                Arrays.asList("vulnerability to Ukrainian drone strikes", "", "SPECULATIVE"),
                Arrays.asList("underestimating their capabilities", "experts", "SPECULATIVE"),
                Arrays.asList("deep into its second year", null, "ASSERTED"),
                Arrays.asList("holding significant areas", null, "ASSERTED"),
                Arrays.asList("no public disclosure", null, "ASSERTED"),
                Arrays.asList("significantly higher than previously acknowledged", "independent estimates",
                        "SPECULATIVE"));
        int right = 0;
        StringBuilder misses = new StringBuilder();
        for (List<String> row : table) {
            Optional<Map<String, Object>> claim = claims.stream()
                    .filter(c -> String.valueOf(c.get("text")).contains(row.get(0))).findFirst();
            boolean ok = claim.isPresent() && row.get(2).equals(claim.get().get("certainty"))
                    && asserterMatches(row.get(1), claim.get());
            if (ok) {
                right++;
            } else {
                misses.append("\n  ").append(row).append(" -> ").append(claim.map(Object::toString).orElse("no claim"));
            }
        }
        System.out.printf("Seed claims with the right asserter and certainty: %d of 14%s%n", right, misses);
        assertTrue(right >= 12, right + " of 14 right:" + misses);
        for (Map<String, Object> claim : claims) {
            assertTrue(
                    !"ASSERTED".equals(claim.get("certainty"))
                            || !String.valueOf(claim.get("text")).contains("set to unfold further"),
                    "scene-setting stored as fact: " + claim.get("text"));
        }
    }

    /** "" means an unnamed source of any name; null means the article's own voice. */
    private static boolean asserterMatches(String expected, Map<String, Object> claim) {
        Map<?, ?> asserter = (Map<?, ?>) claim.get("assertedBy");
        if (expected == null) {
            return asserter == null;
        }
        if (asserter == null) {
            return false;
        }
        return expected.isEmpty() ? "UNNAMED_SOURCE".equals(asserter.get("type"))
                : expected.equalsIgnoreCase(String.valueOf(asserter.get("name")));
    }

    @Test
    void quantitiesAndTimesOfTheKeyClaims() {
        List<Map<String, Object>> claims = ok(CLAIMS, vars("id", articleId)).getList("data.article.claims");
        assertQuantity(claims, "estimated 1,000 additional troops", 1000, "APPROXIMATE", "troop");
        assertQuantity(claims, "at least an additional 1,000 soldiers", 1000, "AT_LEAST", "soldier");
        assertQuantity(claims, "were killed", 1000, "APPROXIMATE", null);
        assertQuantity(claims, "were killed", 11000, "EXACT", "troop");
        List<Object> times = claims.stream().map(c -> c.get("timeText")).toList();
        assertTrue(times.contains("late 2022"), "late 2022 in " + times);
        assertTrue(times.contains("early February"), "early February in " + times);
    }

    private static void assertQuantity(List<Map<String, Object>> claims, String fragment, double value, String bound,
            String unit) {
        Map<String, Object> claim = claims.stream().filter(c -> String.valueOf(c.get("text")).contains(fragment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim with " + fragment));
        List<Map<String, Object>> quantities = (List<Map<String, Object>>) claim.get("quantities");
        assertTrue(quantities.stream()
                .anyMatch(q -> ((Number) q.get("value")).doubleValue() == value && bound.equals(q.get("bound"))
                        && (unit == null || unit.equals(q.get("unit")))),
                fragment + ": " + quantities);
    }

    @Test
    void ingestingAgainCreatesNothing() throws IOException {
        long claims = count("claims(filter: {articleId: \"" + articleId + "\"})");
        long actors = count("actors");
        long locations = count("locations");
        long articles = count("articles");

        JsonPath sameUrl = ok("mutation($in: ArticleInput!) { ingestArticle(input: $in) { outcome article { id } } }",
                vars("in", seedInput(URL)));
        JsonPath otherUrl = ok("mutation($in: ArticleInput!) { ingestArticle(input: $in) { outcome article { id } } }",
                vars("in", seedInput(URL + "?utm_source=mirror")));
        assertEquals("DUPLICATE", sameUrl.getString("data.ingestArticle.outcome"));
        assertEquals("DUPLICATE", otherUrl.getString("data.ingestArticle.outcome"));
        assertEquals(articleId, otherUrl.getString("data.ingestArticle.article.id"));
        assertEquals(claims, count("claims(filter: {articleId: \"" + articleId + "\"})"));
        assertEquals(actors, count("actors"));
        assertEquals(locations, count("locations"));
        assertEquals(articles, count("articles"));
        assertNull(ok("{ claims(filter: {text: \"utm_source\"}) { edges { cursor } } }").get("data.claims.edges[0]"));
    }

    static long count(String connection) {
        return ok("{ " + connection.replaceFirst("^(\\w+)", "list: $1") + " { totalCount } }")
                .getLong("data.list.totalCount");
    }
}
