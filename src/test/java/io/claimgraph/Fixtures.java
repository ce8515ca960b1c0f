package io.claimgraph;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Test data made through the public API only (so the same tests run against the packaged jar), and the checks
 * every error test shares. All tests share one database: every name and url carries a random suffix.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A random lower-case token, unique per call, to keep each test's rows apart from every other test's. */
    public static String unique() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static String createActor(String name, String type, List<String> aliases, String countryCode) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("type", type);
        if (aliases != null) {
            input.put("aliases", aliases);
        }
        if (countryCode != null) {
            input.put("countryCode", countryCode);
        }
        return ok("mutation($input: ActorInput!) { createActor(input: $input) { id } }", vars("input", input))
                .getString("data.createActor.id");
    }

    public static String createActor(String name) {
        return createActor(name, "ORGANIZATION", null, null);
    }

    public static Map<String, Object> locationInput(String name, String type, String countryCode, Double latitude,
            Double longitude, String parentId) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("type", type);
        input.put("countryCode", countryCode);
        input.put("latitude", latitude);
        input.put("longitude", longitude);
        input.put("parentId", parentId);
        return input;
    }

    public static String createLocation(String name, String type, String countryCode, Double latitude, Double longitude,
            String parentId) {
        return ok("mutation($input: LocationInput!) { createLocation(input: $input) { id } }",
                vars("input", locationInput(name, type, countryCode, latitude, longitude, parentId)))
                .getString("data.createLocation.id");
    }

    public static String createLocation(String name) {
        return createLocation(name, "CITY", null, null, null, null);
    }

    /** Ingests an article whose url and body are unique to {@code token}, without claims; returns its id. */
    public static String ingestArticle(String token, String publishedAt) {
        Map<String, Object> input = new HashMap<>();
        input.put("url", "https://news.example.test/" + token + "/" + unique());
        input.put("headline", "Report " + token);
        input.put("body",
                "Officials met on Monday to discuss the situation (" + token + ").\nNo further details were given ("
                        + unique() + ").");
        input.put("publisher", "Example Wire");
        input.put("publishedAt", publishedAt);
        JsonPath response = ok(
                "mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome article { id } } }",
                vars("input", input));
        assertEquals("CREATED", response.getString("data.ingestArticle.outcome"));
        String id = response.getString("data.ingestArticle.article.id");
        assertNotNull(id);
        deleteExtractedClaims(id);
        return id;
    }

    /** Hand-made claims are what these tests count: drop whatever extraction found in the fixture text. */
    public static void deleteExtractedClaims(String articleId) {
        List<String> claimIds = ok("query($id: ID!) { article(id: $id) { claims { id } } }", vars("id", articleId))
                .getList("data.article.claims.id");
        for (String claimId : claimIds) {
            ok("mutation($id: ID!) { deleteClaim(id: $id) }", vars("id", claimId));
        }
    }

    public static String ingestArticle(String token) {
        return ingestArticle(token, "2024-03-01T10:00:00Z");
    }

    public static Map<String, Object> claimInput(String articleId, String text, String assertedById,
            List<String> subjectIds,
            List<String> locationIds, String certainty) {
        Map<String, Object> input = new HashMap<>();
        input.put("articleId", articleId);
        input.put("text", text);
        input.put("assertedById", assertedById);
        input.put("subjectIds", subjectIds);
        input.put("locationIds", locationIds);
        input.put("certainty", certainty);
        return input;
    }

    public static String createClaim(String articleId, String text, String assertedById, List<String> subjectIds,
            List<String> locationIds, String certainty) {
        return ok("mutation($input: ClaimInput!) { createClaim(input: $input) { id } }",
                vars("input", claimInput(articleId, text, assertedById, subjectIds, locationIds, certainty)))
                .getString("data.createClaim.id");
    }

    public static String createClaim(String articleId, String text) {
        return createClaim(articleId, text, null, null, null, null);
    }

    /**
     * Asserts the response is exactly one client error with this code (and field, when given), no data for the
     * operation, and a message that gives nothing of the implementation away.
     */
    public static void assertClientError(JsonPath response, String code, String field) {
        List<Object> errors = response.getList("errors");
        assertNotNull(errors, "expected an error, got " + response.prettify());
        assertEquals(code, response.getString("errors[0].extensions.code"), response.prettify());
        if (field != null) {
            assertEquals(field, response.getString("errors[0].extensions.field"), response.prettify());
        }
        assertCleanMessage(response.getString("errors[0].message"));
        assertNull(response.getString("errors[0].extensions.exception"), "the exception class must not leak");
    }

    public static void assertCleanMessage(String message) {
        assertNotNull(message);
        assertFalse(message.isBlank());
        String lower = message.toLowerCase();
        for (String leak : List.of("exception", "system error", "\tat ", "java.", "org.hibernate", "jdbc", "sql",
                "select ",
                "constraint", "insert into", "update claim", "delete from")) {
            assertFalse(lower.contains(leak), "message leaks '" + leak + "': " + message);
        }
    }

    /**
     * Walks a whole connection both ways with pages of {@code pageSize}: forward with first/after from the start, then
     * backward with last/before from the end. {@code query} declares and passes {@code $first, $after, $last, $before}
     * to the connection at {@code path} and selects its totalCount, its pageInfo (all four fields) and its edges' cursor
     * and node id; {@code variables} holds the rest. Checks every page's totalCount and pageInfo along the way, that
     * each direction gives every row once, and that the backward walk gives the forward order; returns the node ids in
     * list order.
     */
    public static List<String> walk(int pageSize, String path, String query, Map<String, Object> variables) {
        List<String> forward = walkOneWay(pageSize, path, query, variables, false);
        List<String> backward = walkOneWay(pageSize, path, query, variables, true);
        assertEquals(forward, backward, "paging backward from the end gives the rows of paging forward, in list order");
        return forward;
    }

    private static List<String> walkOneWay(int pageSize, String path, String query, Map<String, Object> variables,
            boolean backward) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        Integer total = null;
        for (int page = 0; page < 1000; page++) {
            Map<String, Object> paging = new HashMap<>(variables);
            paging.put(backward ? "last" : "first", pageSize);
            paging.put(backward ? "before" : "after", cursor);
            JsonPath response = ok(query, paging);
            List<String> pageIds = response.getList(path + ".edges.node.id");
            int pageTotal = response.getInt(path + ".totalCount");
            if (total == null) {
                total = pageTotal;
            }
            assertEquals(total, pageTotal, "totalCount must not change between pages");
            assertTrue(pageIds.size() <= pageSize, "page larger than asked");
            for (String id : pageIds) {
                assertTrue(seen.add(id), "id " + id + " repeated across pages");
            }
            ids.addAll(backward ? 0 : ids.size(), pageIds);
            List<String> cursors = response.getList(path + ".edges.cursor");
            if (!pageIds.isEmpty()) {
                assertEquals(cursors.get(0), response.getString(path + ".pageInfo.startCursor"),
                        "startCursor is the first edge's cursor");
                assertEquals(cursors.get(cursors.size() - 1), response.getString(path + ".pageInfo.endCursor"),
                        "endCursor is the last edge's cursor");
            }
            boolean hasNext = response.getBoolean(path + ".pageInfo.hasNextPage");
            boolean hasPrevious = response.getBoolean(path + ".pageInfo.hasPreviousPage");
            // the side the walk came from has rows exactly when this is not the first page of the walk
            assertEquals(page > 0, backward ? hasNext : hasPrevious,
                    (backward ? "hasNextPage" : "hasPreviousPage") + " on page " + page);
            if (!(backward ? hasPrevious : hasNext)) {
                assertEquals(total, ids.size(), "walking all pages must yield totalCount rows");
                return ids;
            }
            assertEquals(pageSize, pageIds.size(), "only the last page of a walk may be short");
            cursor = response.getString(path + (backward ? ".pageInfo.startCursor" : ".pageInfo.endCursor"));
            assertNotNull(cursor);
        }
        throw new AssertionError("pagination did not end");
    }
}
