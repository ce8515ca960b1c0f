package io.claimgraph.store;

import static io.claimgraph.Fixtures.createActor;
import static io.claimgraph.Fixtures.createClaim;
import static io.claimgraph.Fixtures.createLocation;
import static io.claimgraph.Fixtures.ingestArticle;
import static io.claimgraph.Fixtures.unique;
import static io.claimgraph.Fixtures.walk;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static io.claimgraph.store.ListOrderTest.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The orders by counts (claims by corroborations and contradictions, actors by claim count and last seen, locations by
 * claim count): the counts the writers keep follow every way claims and relations come and go, equal what the
 * nested lists count, and order the lists both ways.
 */
@QuarkusTest
class CountOrderTest {

    private static final String ACTORS = "query($f: ActorFilter, $orderBy: [ActorOrder!], $first: Int, $after: String,"
            + " $last: Int, $before: String) { actors(filter: $f, orderBy: $orderBy, first: $first, after: $after,"
            + " last: $last, before: $before) { totalCount pageInfo { hasNextPage endCursor hasPreviousPage"
            + " startCursor } edges { cursor node { id name claimCount lastSeen claims(first: 1) { totalCount } } } } }";
    private static final String LOCATIONS = "query($f: LocationFilter, $orderBy: [LocationOrder!], $first: Int,"
            + " $after: String, $last: Int, $before: String) { locations(filter: $f, orderBy: $orderBy, first: $first,"
            + " after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage endCursor"
            + " hasPreviousPage startCursor } edges { cursor node { id claimCount claims(first: 1) { totalCount } } } } }";
    private static final String CLAIMS = "query($f: ClaimFilter, $orderBy: [ClaimOrder!], $first: Int, $after: String,"
            + " $last: Int, $before: String) { claims(filter: $f, orderBy: $orderBy, first: $first, after: $after,"
            + " last: $last, before: $before) { totalCount pageInfo { hasNextPage endCursor hasPreviousPage"
            + " startCursor } edges { cursor node { id corroborationCount contradictionCount corroboratedBy { id }"
            + " contradictedBy { id } } } } }";
    private static final String UPDATE = "mutation($id: ID!, $input: ClaimUpdateInput!) { updateClaim(id: $id,"
            + " input: $input) { id } }";

    private static List<String> actors(String token, String field, String direction) {
        return walk(2, "data.actors", ACTORS,
                vars("f", vars("name", token), "orderBy", List.of(key(field, direction))));
    }

    /** Each actor's claimCount, checked against the totalCount of its claims, by id. */
    private static Map<String, Integer> claimCounts(String token) {
        JsonPath page = ok(ACTORS, vars("f", vars("name", token), "first", 50));
        List<Map<String, Object>> nodes = page.getList("data.actors.edges.node");
        Map<String, Integer> counts = new HashMap<>();
        for (Map<String, Object> node : nodes) {
            Integer total = (Integer) ((Map<?, ?>) node.get("claims")).get("totalCount");
            assertEquals(total, node.get("claimCount"), "claimCount of " + node.get("name"));
            counts.put((String) node.get("id"), (Integer) node.get("claimCount"));
        }
        return counts;
    }

    private static Object lastSeen(String token, String actorId) {
        List<Map<String, Object>> nodes = ok(ACTORS, vars("f", vars("name", token), "first", 50))
                .getList("data.actors.edges.node");
        return nodes.stream().filter(n -> n.get("id").equals(actorId)).findFirst().orElseThrow().get("lastSeen");
    }

    @Test
    void actorCountsFollowClaimsAddedEditedMergedAndDeleted() {
        String token = unique();
        String a = createActor("Alpha " + token), b = createActor("Bravo " + token),
                c = createActor("Charlie " + token),
                d = createActor("Delta " + token);
        String older = ingestArticle(token + "o", "2021-01-01T00:00:00Z");
        String newer = ingestArticle(token + "n", "2021-02-01T00:00:00Z");
        // a asserts c1 and is its subject too: one claim for a, not two
        String c1 = createClaim(newer, "First " + token, a, List.of(a, b), List.of(), null);
        String c2 = createClaim(older, "Second " + token, null, List.of(b), List.of(), null);
        String c3 = createClaim(older, "Third " + token, c, List.of(), List.of(), null);

        assertEquals(Map.of(a, 1, b, 2, c, 1, d, 0), claimCounts(token));
        // most claims first; a and c tie (by id, descending as the last key); d has none
        assertEquals(List.of(b, c, a, d), actors(token, "CLAIM_COUNT", "DESC"));
        assertEquals(List.of(d, a, c, b), actors(token, "CLAIM_COUNT", "ASC"));
        // never seen first, then by the newest claim's publication time
        assertEquals(List.of(d, c, a, b), actors(token, "LAST_SEEN", "ASC"));
        assertNull(lastSeen(token, d));
        assertEquals("2021-02-01T00:00:00Z", lastSeen(token, b));
        assertEquals("2021-01-01T00:00:00Z", lastSeen(token, c));

        // an edit moves the claim from a to c: a is left with none, c is seen later
        ok(UPDATE, vars("id", c1, "input", vars("assertedById", c, "subjectIds", List.of(b))));
        assertEquals(Map.of(a, 0, b, 2, c, 2, d, 0), claimCounts(token));
        assertNull(lastSeen(token, a));
        assertEquals("2021-02-01T00:00:00Z", lastSeen(token, c));

        // b folded into d: d takes b's claims; c3 was c's alone
        ok("mutation($s: ID!, $t: ID!) { mergeActors(sourceId: $s, targetId: $t) { id } }", vars("s", b, "t", d));
        assertEquals(Map.of(a, 0, c, 2, d, 2), claimCounts(token));
        assertEquals(List.of(a, c, d), actors(token, "CLAIM_COUNT", "ASC"));

        // deleting the newest claim takes c back to the older one; deleting its article leaves d only c2
        ok("mutation($id: ID!) { deleteClaim(id: $id) }", vars("id", c1));
        assertEquals(Map.of(a, 0, c, 1, d, 1), claimCounts(token));
        assertEquals("2021-01-01T00:00:00Z", lastSeen(token, c));
        ok("mutation($id: ID!) { deleteArticle(id: $id) }", vars("id", older));
        assertEquals(Map.of(a, 0, c, 0, d, 0), claimCounts(token));
        assertNull(lastSeen(token, c));
        assertNull(lastSeen(token, d));
    }

    @Test
    void locationCountsFollowTheirClaims() {
        String token = unique();
        String one = createLocation("One " + token), two = createLocation("Two " + token),
                three = createLocation("Three " + token);
        String article = ingestArticle(token, "2022-05-01T00:00:00Z");
        String first = createClaim(article, "Here " + token, null, List.of(), List.of(one, two), null);
        createClaim(article, "There " + token, null, List.of(), List.of(two), null);
        String list = LOCATIONS;
        Map<String, Object> byCount = vars("f", vars("name", token), "orderBy", List.of(key("CLAIM_COUNT", "DESC")));
        assertEquals(List.of(two, one, three), walk(2, "data.locations", list, byCount));
        for (Map<String, Object> node : ok(list, byCount).<Map<String, Object>>getList("data.locations.edges.node")) {
            assertEquals(((Map<?, ?>) node.get("claims")).get("totalCount"), node.get("claimCount"));
        }
        ok(UPDATE, vars("id", first, "input", vars("locationIds", List.of(three))));
        assertEquals(List.of(one, two, three), walk(2, "data.locations", list,
                vars("f", vars("name", token), "orderBy", List.of(key("CLAIM_COUNT", "ASC")))));
        assertEquals(List.of(0, 1, 1), ok(list, vars("f", vars("name", token), "orderBy",
                List.of(key("CLAIM_COUNT", "ASC")))).getList("data.locations.edges.node.claimCount"));
    }

    @Test
    void claimCountsFollowTheirRelations() {
        String token = unique();
        String x = createClaim(ingestArticle(token + "x", "2023-01-01T00:00:00Z"), "Xray " + token);
        String y = createClaim(ingestArticle(token + "y", "2023-01-02T00:00:00Z"), "Yankee " + token);
        String z = createClaim(ingestArticle(token + "z", "2023-01-03T00:00:00Z"), "Zulu " + token);
        String relate = "mutation($in: ClaimRelationInput!) { addClaimRelation(input: $in) { id } }";
        ok(relate, vars("in", vars("claimId", x, "relatedClaimId", y, "kind", "CORROBORATES")));
        ok(relate, vars("in", vars("claimId", z, "relatedClaimId", x, "kind", "CORROBORATES")));
        ok(relate, vars("in", vars("claimId", y, "relatedClaimId", z, "kind", "CONTRADICTS")));
        Map<String, Object> filter = vars("text", token);

        // x has two corroborations, y and z one each (z before y: ties by id, descending)
        assertEquals(List.of(x, z, y), walk(2, "data.claims", CLAIMS,
                vars("f", filter, "orderBy", List.of(key("CORROBORATIONS", "DESC")))));
        assertEquals(List.of(x, y, z), walk(2, "data.claims", CLAIMS,
                vars("f", filter, "orderBy", List.of(key("CONTRADICTIONS", "ASC")))));
        for (Map<String, Object> node : ok(CLAIMS, vars("f", filter)).<Map<String, Object>>getList(
                "data.claims.edges.node")) {
            assertEquals(((List<?>) node.get("corroboratedBy")).size(), node.get("corroborationCount"));
            assertEquals(((List<?>) node.get("contradictedBy")).size(), node.get("contradictionCount"));
        }

        // a relation removed, a claim deleted: the counts of the claims left follow
        ok("mutation($a: ID!, $b: ID!) { removeClaimRelation(claimId: $a, relatedClaimId: $b) { id } }",
                vars("a", x, "b", y));
        ok("mutation($id: ID!) { deleteClaim(id: $id) }", vars("id", z));
        JsonPath left = ok(CLAIMS, vars("f", filter));
        assertEquals(List.of(0, 0), left.getList("data.claims.edges.node.corroborationCount"));
        assertEquals(List.of(0, 0), left.getList("data.claims.edges.node.contradictionCount"));
    }

    @Test
    void concurrentIngestsNamingTheSameActorsKeepExactCounts() throws Exception {
        String token = unique();
        String tag = Character.toUpperCase(token.charAt(0)) + token.substring(1);
        String seller = "Kestrel" + tag + " Holdings Inc";
        String buyer = "Marlow" + tag + " Corp";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 18; i++) {
                int n = i;
                outcomes.add(pool.submit(() -> {
                    Map<String, Object> input = new HashMap<>();
                    input.put("url", "https://news.example.test/tally/" + token + "/" + n);
                    input.put("headline", seller + " sells steel");
                    input.put("body", seller + " said on Monday it had sold " + (1000 + n) + " tonnes of steel to "
                            + buyer + ".\n\n" + buyer + " said it would pay " + (3 + n) + " mln dlrs for the steel.");
                    input.put("publishedAt", String.format("2024-07-%02dT09:00:00Z", 1 + n));
                    return ok("mutation($input: ArticleInput!) { ingestArticle(input: $input) { outcome } }",
                            vars("input", input)).getString("data.ingestArticle.outcome");
                }));
            }
            for (Future<String> outcome : outcomes) {
                assertEquals("CREATED", outcome.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        // each actor's count equals the length of its claims (claimCounts checks), the two companies in every article
        Map<String, Integer> counts = claimCounts(tag);
        List<Map<String, Object>> found = ok(ACTORS, vars("f", vars("name", tag), "first", 50))
                .getList("data.actors.edges.node");
        for (String company : List.of(seller, buyer)) {
            Map<String, Object> actor = found.stream().filter(a -> a.get("name").equals(company)).findFirst()
                    .orElseThrow(() -> new AssertionError(company + " not found in " + found));
            assertTrue(counts.get((String) actor.get("id")) >= 18, company + ": " + actor);
            assertEquals("2024-07-18T09:00:00Z", actor.get("lastSeen"));
        }
    }
}
