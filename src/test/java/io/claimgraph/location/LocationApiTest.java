package io.claimgraph.location;

import static io.claimgraph.Fixtures.assertClientError;
import static io.claimgraph.Fixtures.createClaim;
import static io.claimgraph.Fixtures.createLocation;
import static io.claimgraph.Fixtures.ingestArticle;
import static io.claimgraph.Fixtures.locationInput;
import static io.claimgraph.Fixtures.unique;
import static io.claimgraph.Fixtures.walk;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every location query and mutation over real GraphQL, error paths included. */
@QuarkusTest
public class LocationApiTest {

    private static final String FIELDS = "id name type aliases countryCode latitude longitude parent { id name }";
    private static final String CREATE = "mutation($input: LocationInput!) { createLocation(input: $input) { " + FIELDS
            + " } }";
    private static final String UPDATE = "mutation($id: ID!, $input: LocationInput!) { updateLocation(id: $id, input: $input) { "
            + FIELDS + " } }";
    private static final String GET = "query($id: ID!) { location(id: $id) { " + FIELDS + " } }";
    private static final String LIST = "query($filter: LocationFilter, $first: Int, $after: String, $last: Int, $before: String) {"
            + " locations(filter: $filter, first: $first, after: $after, last: $last, before: $before) {"
            + " totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { "
            + FIELDS + " } } } }";
    private static final String DELETE = "mutation($id: ID!) { deleteLocation(id: $id) }";
    private static final String UPDATE_CLAIM = "mutation($id: ID!, $input: ClaimUpdateInput!) { updateClaim(id: $id, input: $input) { id } }";

    private static List<String> listIds(Map<String, Object> filter) {
        return ok(LIST, vars("filter", filter, "first", 100)).getList("data.locations.edges.node.id");
    }

    private static Map<String, Object> box(double south, double west, double north, double east) {
        return Map.of("south", south, "west", west, "north", north, "east", east);
    }

    private static Map<String, Object> withAliases(Map<String, Object> input, List<String> aliases) {
        Map<String, Object> copy = new HashMap<>(input);
        copy.put("aliases", aliases);
        return copy;
    }

    // ---------------------------------------------------------------- create

    @Test
    void createLocationWithParentResolvesParent() {
        String token = unique();
        String country = createLocation("Country " + token, "COUNTRY", "ua", 49.0, 32.0, null);
        JsonPath created = ok(CREATE, vars("input", withAliases(
                locationInput("City " + token, "CITY", "ua", 50.45, 30.52, country), List.of("Town " + token))));
        String city = created.getString("data.createLocation.id");
        assertNotNull(city);
        assertEquals("City " + token, created.getString("data.createLocation.name"));
        assertEquals("CITY", created.getString("data.createLocation.type"));
        assertEquals("UA", created.getString("data.createLocation.countryCode"));
        assertEquals(50.45, created.getDouble("data.createLocation.latitude"), 1e-9);
        assertEquals(30.52, created.getDouble("data.createLocation.longitude"), 1e-9);
        assertEquals(List.of("Town " + token), created.getList("data.createLocation.aliases"));
        assertEquals(country, created.getString("data.createLocation.parent.id"));
        assertEquals("Country " + token, created.getString("data.createLocation.parent.name"));

        JsonPath read = ok(GET, vars("id", city));
        assertEquals("Country " + token, read.getString("data.location.parent.name"));
        assertEquals("UA", read.getString("data.location.countryCode"));
        JsonPath parent = ok(GET, vars("id", country));
        assertNull(parent.get("data.location.parent"));
        assertEquals("UA", parent.getString("data.location.countryCode"));

        // a grandchild: parents resolve at every level, for many locations in one response
        String district = createLocation("District " + token, "AREA", "UA", null, null, city);
        JsonPath chain = ok(
                "query($f: LocationFilter) { locations(filter: $f) { edges { node { id parent { id parent { id parent { id } } } } } } }",
                vars("f", Map.of("name", token)));
        List<String> ids = chain.getList("data.locations.edges.node.id");
        int d = ids.indexOf(district);
        assertEquals(city, chain.getString("data.locations.edges[" + d + "].node.parent.id"));
        assertEquals(country, chain.getString("data.locations.edges[" + d + "].node.parent.parent.id"));
        assertNull(chain.get("data.locations.edges[" + d + "].node.parent.parent.parent"));
        assertNull(chain.get("data.locations.edges[" + ids.indexOf(country) + "].node.parent"));
    }

    @Test
    void sameNameTypeAndCountryIsAConflictButAnotherTypeOrCountryIsNot() {
        String token = unique();
        String name = "Lviv " + token;
        String first = createLocation(name, "CITY", "UA", null, null, null);
        for (Map<String, Object> taken : List.of(locationInput(name, "CITY", "UA", null, null, null),
                locationInput("LVIV " + token.toUpperCase(), "CITY", "ua", 1.0, 1.0, null),
                locationInput("Lvív " + token, "CITY", "UA", null, null, null))) {
            JsonPath response = post(CREATE, vars("input", taken));
            assertClientError(response, "CONFLICT", "input.name");
            assertNull(response.get("data"));
        }
        String otherType = createLocation(name, "REGION", "UA", null, null, null);
        String otherCountry = createLocation(name, "CITY", "PL", null, null, null);
        String noCountry = createLocation(name, "CITY", null, null, null, null);
        assertEquals(4, Set.of(first, otherType, otherCountry, noCountry).size());
        assertEquals(Set.of(first, otherType, otherCountry, noCountry), Set.copyOf(listIds(Map.of("name", token))));
        // without a country the key is still unique
        assertClientError(post(CREATE, vars("input", locationInput(name, "CITY", null, null, null, null))), "CONFLICT",
                "input.name");
    }

    @Test
    void createLocationRefusesBadInput() {
        String token = unique();
        assertClientError(post(CREATE, vars("input", locationInput("Lat " + token, "CITY", null, 90.5, 0.0, null))),
                "BAD_USER_INPUT", "input.latitude");
        assertClientError(post(CREATE, vars("input", locationInput("Lat " + token, "CITY", null, -91.0, 0.0, null))),
                "BAD_USER_INPUT", "input.latitude");
        assertClientError(post(CREATE, vars("input", locationInput("Lon " + token, "CITY", null, 0.0, 180.5, null))),
                "BAD_USER_INPUT", "input.longitude");
        assertClientError(post(CREATE, vars("input", locationInput(" ", "CITY", null, null, null, null))),
                "BAD_USER_INPUT", "input.name");
        assertClientError(post(CREATE, vars("input", locationInput("Cc " + token, "CITY", "UKR", null, null, null))),
                "BAD_USER_INPUT", "input.countryCode");
        assertClientError(
                post(CREATE, vars("input", locationInput("Orphan " + token, "CITY", null, null, null, "999999999999"))),
                "NOT_FOUND", "input.parentId");
        assertClientError(
                post(CREATE, vars("input", locationInput("Orphan " + token, "CITY", null, null, null, "1 OR 1=1"))),
                "BAD_USER_INPUT", "input.parentId");
        assertClientError(
                post(CREATE, vars("input", withAliases(locationInput("Alias " + token, "CITY", null, null, null, null),
                        List.of("")))),
                "BAD_USER_INPUT", "input.aliases[0]");
        assertEquals(List.of(), listIds(Map.of("name", token)), "nothing was stored");
        // the limits themselves are fine
        assertNotNull(createLocation("Pole " + token, "AREA", null, 90.0, 180.0, null));
        assertNotNull(createLocation("Other pole " + token, "AREA", null, -90.0, -180.0, null));
    }

    // ---------------------------------------------------------------- location(id), locations(filter)

    @Test
    void locationByIdIsNullForUnknownIdAndRefusesNonNumericIds() {
        JsonPath unknown = ok(GET, vars("id", "999999999999"));
        assertTrue(unknown.getMap("data").containsKey("location"));
        assertNull(unknown.get("data.location"));
        for (String bad : List.of("1 OR 1=1", "abc", "12345678901234567890")) {
            assertClientError(post(GET, vars("id", bad)), "BAD_USER_INPUT", "id");
        }
    }

    @Test
    void locationsFilterByNameAliasTypeAndCountry() {
        String token = unique();
        String region = createLocation("Oblast " + token, "REGION", "ua", null, null, null);
        ok("mutation($id: ID!, $input: LocationInput!) { updateLocation(id: $id, input: $input) { id } }",
                vars("id", region, "input",
                        withAliases(locationInput("Oblast " + token, "REGION", "UA", null, null, null),
                                List.of("Kraj " + token))));
        String city = createLocation("Çity " + token, "CITY", "UA", null, null, region);
        String area = createLocation("Area " + token, "AREA", "RU", null, null, null);

        assertEquals(Set.of(region, city, area), Set.copyOf(listIds(Map.of("name", token))));
        assertEquals(List.of(region), listIds(Map.of("name", "kraj " + token)), "alias matches");
        assertEquals(List.of(city), listIds(Map.of("name", "CITY " + token.toUpperCase())),
                "case and diacritics ignored");
        assertEquals(Set.of(region, area),
                Set.copyOf(listIds(Map.of("name", token, "type", List.of("REGION", "AREA")))));
        assertEquals(Set.of(region, city), Set.copyOf(listIds(Map.of("name", token, "countryCode", "ua"))));
        assertEquals(List.of(city),
                listIds(Map.of("name", token, "countryCode", "UA", "type", List.of("CITY", "AREA"))));
        assertEquals(List.of(), listIds(Map.of("name", token, "countryCode", "RU", "type", List.of("CITY"))));
    }

    @Test
    void walkingAllPagesGivesEveryLocationOnce() {
        String token = unique();
        List<String> created = new ArrayList<>();
        for (String name : List.of("Epsilon", "alpha", "Delta", "beta", "Gamma")) {
            created.add(createLocation(name + " " + token));
        }
        List<String> walked = walk(2, "data.locations", LIST, vars("filter", Map.of("name", token)));
        assertEquals(List.of(created.get(1), created.get(3), created.get(2), created.get(0), created.get(4)), walked);

        String cursor = ok(LIST, vars("filter", Map.of("name", token), "first", 2))
                .getString("data.locations.pageInfo.endCursor");
        String altered = (cursor.charAt(1) == 'A' ? "B" : "A");
        altered = cursor.charAt(0) + altered + cursor.substring(2);
        assertClientError(post(LIST, vars("filter", Map.of("name", token), "first", 2, "after", altered)),
                "BAD_USER_INPUT", "after");
        assertClientError(post(LIST, vars("filter", Map.of("name", token), "first", 101)), "BAD_USER_INPUT", "first");
        assertClientError(post(LIST, vars("filter", Map.of("name", token), "first", -1)), "BAD_USER_INPUT", "first");
    }

    @Test
    void pagingThroughLocationsThatShareAName() {
        String token = unique();
        List<String> created = new ArrayList<>();
        for (String type : List.of("CITY", "REGION", "AREA", "OTHER")) {
            created.add(createLocation("Same " + token, type, "UA", null, null, null));
        }
        created.add(createLocation("Same " + token, "CITY", null, null, null, null));
        List<String> walked = walk(2, "data.locations", LIST, vars("filter", Map.of("name", token)));
        assertEquals(created, walked, "equal names are ordered by id, and no page skips or repeats one");
    }

    // ---------------------------------------------------------------- within

    @Test
    void withinABoundingBox() {
        String token = unique();
        String kyiv = createLocation("Kyiv " + token, "CITY", "UA", 50.45, 30.52, null);
        String lviv = createLocation("Lviv " + token, "CITY", "UA", 49.84, 24.03, null);
        String paris = createLocation("Paris " + token, "CITY", "FR", 48.86, 2.35, null);
        String edge = createLocation("Edge " + token, "CITY", "UA", 52.0, 22.0, null);
        createLocation("Nowhere " + token, "AREA", "UA", null, null, null);

        Map<String, Object> ukraine = box(44.0, 22.0, 52.5, 40.5);
        assertEquals(Set.of(kyiv, lviv, edge), Set.copyOf(listIds(Map.of("name", token, "within", ukraine))),
                "inside, edges included; no coordinates means never within");
        assertEquals(List.of(kyiv), listIds(Map.of("name", token, "within", box(50.0, 30.0, 51.0, 31.0))));
        assertEquals(Set.of(kyiv, lviv, paris, edge),
                Set.copyOf(listIds(Map.of("name", token, "within", box(-90, -180, 90, 180)))));
        assertEquals(List.of(), listIds(Map.of("name", token, "within", box(-10, -10, 10, 10))));
        // with other filters
        assertEquals(List.of(paris), listIds(Map.of("name", token, "countryCode", "FR", "within", box(40, 0, 55, 40))));
    }

    @Test
    void withinABoxThatCrossesTheAntimeridian() {
        String token = unique();
        String east = createLocation("Fiji east " + token, "AREA", null, -17.0, 179.0, null);
        String west = createLocation("Samoa west " + token, "AREA", null, -14.0, -179.0, null);
        String greenwich = createLocation("Greenwich " + token, "AREA", null, -15.0, 0.0, null);
        String boundary = createLocation("Boundary " + token, "AREA", null, -15.0, 170.0, null);
        String outsideLat = createLocation("South " + token, "AREA", null, -60.0, 179.5, null);

        List<String> inside = listIds(Map.of("name", token, "within", box(-30, 170, 0, -170)));
        assertEquals(Set.of(east, west, boundary), Set.copyOf(inside));
        assertTrue(!inside.contains(greenwich) && !inside.contains(outsideLat));
        // the same longitudes without crossing: between -170 and 170, edges included
        assertEquals(Set.of(greenwich, boundary),
                Set.copyOf(listIds(Map.of("name", token, "within", box(-30, -170, 0, 170)))));
    }

    @Test
    void invalidBoxIsRefused() {
        Map<String, Object> filterBase = Map.of("name", unique());
        for (Map<String, Object> bad : List.of(box(10, 0, 5, 10), box(-91, 0, 0, 10), box(0, 0, 91, 10),
                box(0, -181, 10, 10),
                box(0, 0, 10, 180.5))) {
            Map<String, Object> filter = new HashMap<>(filterBase);
            filter.put("within", bad);
            JsonPath response = post(LIST, vars("filter", filter, "first", 10));
            assertClientError(response, "BAD_USER_INPUT", "filter.within");
            assertNull(response.get("data"));
        }
    }

    // ---------------------------------------------------------------- update

    @Test
    void updateLocationChangesFieldsAndParent() {
        String token = unique();
        String oldParent = createLocation("Old parent " + token, "REGION", "UA", null, null, null);
        String newParent = createLocation("New parent " + token, "REGION", "UA", null, null, null);
        String id = createLocation("Place " + token, "CITY", "UA", 1.0, 2.0, oldParent);

        JsonPath updated = ok(UPDATE, vars("id", id, "input", withAliases(
                locationInput("Renamed " + token, "AREA", "pl", 3.5, -4.5, newParent), List.of("Alias " + token))));
        assertEquals(id, updated.getString("data.updateLocation.id"));
        JsonPath read = ok(GET, vars("id", id));
        assertEquals("Renamed " + token, read.getString("data.location.name"));
        assertEquals("AREA", read.getString("data.location.type"));
        assertEquals("PL", read.getString("data.location.countryCode"));
        assertEquals(3.5, read.getDouble("data.location.latitude"), 1e-9);
        assertEquals(-4.5, read.getDouble("data.location.longitude"), 1e-9);
        assertEquals(List.of("Alias " + token), read.getList("data.location.aliases"));
        assertEquals("New parent " + token, read.getString("data.location.parent.name"));

        // leaving parentId and coordinates out clears them
        ok(UPDATE, vars("id", id, "input", locationInput("Renamed " + token, "AREA", "PL", null, null, null)));
        JsonPath cleared = ok(GET, vars("id", id));
        assertNull(cleared.get("data.location.parent"));
        assertNull(cleared.get("data.location.latitude"));
        assertEquals(List.of("Alias " + token), cleared.getList("data.location.aliases"), "aliases left out stay");
        // the old parent can go now that nothing lies inside it
        assertEquals(true, ok(DELETE, vars("id", oldParent)).getBoolean("data.deleteLocation"));
    }

    @Test
    void updateLocationErrors() {
        String token = unique();
        String a = createLocation("A " + token, "CITY", "UA", null, null, null);
        createLocation("B " + token, "CITY", "UA", null, null, null);
        JsonPath taken = post(UPDATE,
                vars("id", a, "input", locationInput("b " + token, "CITY", "ua", null, null, null)));
        assertClientError(taken, "CONFLICT", "input.name");
        assertClientError(
                post(UPDATE, vars("id", a, "input", locationInput("A " + token, "CITY", "UA", 95.0, null, null))),
                "BAD_USER_INPUT", "input.latitude");
        assertClientError(
                post(UPDATE,
                        vars("id", "999999999999", "input",
                                locationInput("C " + token, "CITY", null, null, null, null))),
                "NOT_FOUND", "id");
        assertClientError(
                post(UPDATE, vars("id", "x1", "input", locationInput("C " + token, "CITY", null, null, null, null))),
                "BAD_USER_INPUT", "id");
        JsonPath unchanged = ok(GET, vars("id", a));
        assertEquals("A " + token, unchanged.getString("data.location.name"), "refused updates change nothing");
        assertNull(unchanged.get("data.location.latitude"));
        // keeping its own name is no conflict with itself
        assertEquals("A " + token,
                ok(UPDATE, vars("id", a, "input", locationInput("A " + token, "CITY", "UA", 1.0, 1.0, null)))
                        .getString("data.updateLocation.name"));
    }

    @Test
    void parentCycleIsRefused() {
        String token = unique();
        String top = createLocation("Top " + token, "COUNTRY", null, null, null, null);
        String middle = createLocation("Middle " + token, "REGION", null, null, null, top);
        String bottom = createLocation("Bottom " + token, "CITY", null, null, null, middle);

        assertClientError(
                post(UPDATE,
                        vars("id", top, "input", locationInput("Top " + token, "COUNTRY", null, null, null, bottom))),
                "BAD_USER_INPUT", "input.parentId");
        assertClientError(
                post(UPDATE,
                        vars("id", top, "input", locationInput("Top " + token, "COUNTRY", null, null, null, middle))),
                "BAD_USER_INPUT", "input.parentId");
        assertClientError(
                post(UPDATE,
                        vars("id", middle, "input",
                                locationInput("Middle " + token, "REGION", null, null, null, middle))),
                "BAD_USER_INPUT", "input.parentId");
        assertNull(ok(GET, vars("id", top)).get("data.location.parent"), "the refused update left no cycle behind");
        assertEquals(top, ok(GET, vars("id", middle)).getString("data.location.parent.id"));
        // moving a subtree elsewhere is fine
        String other = createLocation("Other " + token, "COUNTRY", null, null, null, null);
        assertEquals(other,
                ok(UPDATE,
                        vars("id", middle, "input",
                                locationInput("Middle " + token, "REGION", null, null, null, other)))
                        .getString("data.updateLocation.parent.id"));
        assertEquals(middle, ok(GET, vars("id", bottom)).getString("data.location.parent.id"));
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteLocationIsRefusedWhileAClaimReferencesIt() {
        String token = unique();
        String place = createLocation("Referenced " + token);
        String article = ingestArticle(token);
        String claim = createClaim(article, "Shelling near " + token, null, null, List.of(place), null);

        JsonPath refused = post(DELETE, vars("id", place));
        assertClientError(refused, "CONFLICT", "id");
        assertNotNull(ok(GET, vars("id", place)).get("data.location"));

        ok(UPDATE_CLAIM, vars("id", claim, "input", Map.of("locationIds", List.of())));
        assertEquals(true, ok(DELETE, vars("id", place)).getBoolean("data.deleteLocation"));
        assertNull(ok(GET, vars("id", place)).get("data.location"));
        List<String> articleLocations = ok("query($id: ID!) { article(id: $id) { locations { id } } }",
                vars("id", article))
                .getList("data.article.locations.id");
        assertTrue(!articleLocations.contains(place), "the article link went with it");
        assertNotNull(ok("query($id: ID!) { claim(id: $id) { id } }", vars("id", claim)).get("data.claim"),
                "the claim stays");

        assertClientError(post(DELETE, vars("id", place)), "NOT_FOUND", "id");
        assertClientError(post(DELETE, vars("id", "1 OR 1=1")), "BAD_USER_INPUT", "id");
    }

    @Test
    void deleteLocationIsRefusedWhileItIsAParent() {
        String token = unique();
        String parent = createLocation("Parent " + token, "REGION", null, null, null, null);
        String child = createLocation("Child " + token, "CITY", null, null, null, parent);
        assertClientError(post(DELETE, vars("id", parent)), "CONFLICT", "id");
        assertNotNull(ok(GET, vars("id", parent)).get("data.location"));

        assertEquals(true, ok(DELETE, vars("id", child)).getBoolean("data.deleteLocation"));
        assertEquals(true, ok(DELETE, vars("id", parent)).getBoolean("data.deleteLocation"));
        assertEquals(List.of(), listIds(Map.of("name", token)));
        // the natural key is free again
        assertNotEquals(parent, createLocation("Parent " + token, "REGION", null, null, null, null));
    }

    // ---------------------------------------------------------------- nested connections

    @Test
    void nestedClaimsAndArticlesPage() {
        String token = unique();
        String place = createLocation("Front " + token);
        String elsewhere = createLocation("Elsewhere " + token);
        List<String> articles = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            String article = ingestArticle(token + day, "2022-0" + day + "-15T08:00:00Z");
            articles.add(article);
            claims.add(createClaim(article, "Fighting " + day + " " + token, null, null, List.of(place), null));
        }
        claims.add(createClaim(articles.get(1), "Both " + token, null, null, List.of(place, elsewhere), "ESTIMATED"));
        createClaim(articles.get(2), "Only elsewhere " + token, null, null, List.of(elsewhere), null);

        String claimsPage = "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { location(id: $id) { claims(first: $first, after: $after, last: $last, before: $before) {"
                + " totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { id } } } } }";
        List<String> walked = walk(2, "data.location.claims", claimsPage, vars("id", place));
        assertEquals(Set.copyOf(claims), Set.copyOf(walked));
        assertEquals(4, walked.size());
        assertEquals(claims.get(2), walked.get(0), "newest article first");
        assertEquals(claims.get(0), walked.get(3), "oldest article last");

        String articlesPage = "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { location(id: $id) { articles(first: $first, after: $after, last: $last, before: $before) {"
                + " totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { id } } } } }";
        assertEquals(List.of(articles.get(2), articles.get(1), articles.get(0)),
                walk(2, "data.location.articles", articlesPage, vars("id", place)));
        JsonPath other = ok(claimsPage.replace("claims(first", "articles(first"), vars("id", elsewhere, "first", 10));
        assertEquals(Set.of(articles.get(1), articles.get(2)),
                Set.copyOf(other.getList("data.location.articles.edges.node.id")));
        assertEquals(2, ok(claimsPage, vars("id", elsewhere, "first", 0)).getInt("data.location.claims.totalCount"));
    }
}
