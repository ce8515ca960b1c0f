package io.claimgraph.geo;

import static io.claimgraph.Fixtures.assertClientError;
import static io.claimgraph.Fixtures.createActor;
import static io.claimgraph.Fixtures.createClaim;
import static io.claimgraph.Fixtures.createLocation;
import static io.claimgraph.Fixtures.ingestArticle;
import static io.claimgraph.Fixtures.unique;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GeoJSON for maps over real GraphQL: the shape Leaflet and MapLibre take, filters, boxes across longitude 180, limits. */
@QuarkusTest
public class GeoJsonTest {

    private static final String FEATURES = "type truncated features { type id geometry { type coordinates }"
            + " properties { locationId name type countryCode parentId claimCount corroboratedCount disputedCount } }";
    private static final String LOCATIONS = "query($filter: LocationFilter, $limit: Int) { locationsGeoJson(filter: $filter, limit: $limit) { "
            + FEATURES + " } }";
    private static final String CLAIMS = "query($filter: ClaimFilter, $limit: Int) { claimsGeoJson(filter: $filter, limit: $limit) { "
            + FEATURES + " } }";
    /** From 170° E across the antimeridian to 170° W. */
    private static final Map<String, Object> ACROSS_180 = Map.of("south", -20.0, "west", 170.0, "north", 0.0, "east",
            -170.0);

    private static String token;
    private static String actor;
    private static String westhaven;
    private static String eastport;
    private static String dateline;
    private static String nowhere;

    @BeforeEach
    void placesWithClaims() {
        if (token != null) {
            return;
        }
        token = unique();
        actor = createActor("Harbour Authority " + token);
        String country = createLocation("Oceania " + token, "COUNTRY", "FJ", -17.0, 178.0, null);
        westhaven = createLocation("Westhaven " + token, "CITY", null, 10.0, 20.0, null);
        eastport = createLocation("Eastport " + token, "CITY", "FJ", -10.0, 179.5, country);
        dateline = createLocation("Dateline " + token, "CITY", "WS", -12.0, -179.5, null);
        nowhere = createLocation("Nowhere " + token);
        String article = ingestArticle(token);
        String other = ingestArticle(token + "b");
        String disputed = null;
        for (int i = 0; i < 3; i++) {
            String id = createClaim(article, "Cranes idle in Westhaven " + i + " " + token, null, List.of(actor),
                    List.of(westhaven), null);
            disputed = disputed == null ? id : disputed;
        }
        createClaim(article, "Ships wait off Eastport " + token, null, List.of(actor), List.of(eastport), null);
        createClaim(article, "Ferries cancelled at Dateline " + token, null, List.of(actor), List.of(dateline), null);
        createClaim(article, "Ferries resume at Dateline " + token, null, List.of(actor), List.of(dateline), null);
        createClaim(article, "Somewhere unmapped " + token, null, List.of(actor), List.of(nowhere), null);
        String against = createClaim(other, "Cranes are busy in Westhaven " + token, null, null, List.of(westhaven),
                null);
        ok("mutation($in: ClaimRelationInput!) { addClaimRelation(input: $in) { id } }",
                vars("in", Map.of("claimId", disputed, "relatedClaimId", against, "kind", "CONTRADICTS")));
    }

    @Test
    void locationsAreAFeatureCollectionOfPoints() {
        JsonPath r = ok(LOCATIONS, vars("filter", Map.of("name", token)));
        assertEquals("FeatureCollection", r.getString("data.locationsGeoJson.type"));
        assertFalse(r.getBoolean("data.locationsGeoJson.truncated"));
        List<Map<String, Object>> features = r.getList("data.locationsGeoJson.features");
        // alphabetical like the locations list; the place without coordinates has no point
        assertEquals(List.of("Dateline " + token, "Eastport " + token, "Oceania " + token, "Westhaven " + token),
                r.getList("data.locationsGeoJson.features.properties.name"));
        Map<String, Object> eastportFeature = features.get(1);
        assertEquals("Feature", eastportFeature.get("type"));
        assertEquals(eastport, eastportFeature.get("id"));
        assertEquals(Map.of("type", "Point", "coordinates", List.of(179.5f, -10.0f)),
                normalise(eastportFeature.get("geometry")));
        Map<?, ?> properties = (Map<?, ?>) eastportFeature.get("properties");
        assertEquals(eastport, properties.get("locationId"));
        assertEquals("CITY", properties.get("type"));
        assertEquals("FJ", properties.get("countryCode"));
        assertTrue(properties.get("parentId") != null);
        assertEquals(1, properties.get("claimCount"));
        Map<?, ?> westhavenProperties = (Map<?, ?>) features.get(3).get("properties");
        assertEquals(4, westhavenProperties.get("claimCount"), "three claims here and the other article's one");
        assertEquals(2, westhavenProperties.get("disputedCount"), "both sides of the contradiction are there");
        assertFalse(r.getList("data.locationsGeoJson.features.id").contains(nowhere));
    }

    @Test
    void aBoxAcrossTheAntimeridianKeepsBothSides() {
        JsonPath r = ok(LOCATIONS, vars("filter", Map.of("name", token, "within", ACROSS_180)));
        assertEquals(List.of(dateline, eastport, r.getList("data.locationsGeoJson.features.id").get(2)),
                r.getList("data.locationsGeoJson.features.id"));
        assertEquals("Oceania " + token, r.getString("data.locationsGeoJson.features[2].properties.name"));
        JsonPath claims = ok(CLAIMS, vars("filter", Map.of("actorId", actor, "within", ACROSS_180)));
        assertEquals(List.of(dateline, eastport), claims.getList("data.claimsGeoJson.features.id"));
        // the same box filters the claims list
        JsonPath list = ok("query($f: ClaimFilter) { claims(filter: $f) { totalCount edges { node { text } } } }",
                vars("f", Map.of("actorId", actor, "within", ACROSS_180)));
        assertEquals(3, list.getInt("data.claims.totalCount"));
    }

    @Test
    void claimsByLocationCountTheMatchingClaimsMostFirst() {
        JsonPath r = ok(CLAIMS, vars("filter", Map.of("actorId", actor)));
        assertEquals("FeatureCollection", r.getString("data.claimsGeoJson.type"));
        assertEquals(List.of(westhaven, dateline, eastport), r.getList("data.claimsGeoJson.features.id"));
        assertEquals(List.of(3, 2, 1), r.getList("data.claimsGeoJson.features.properties.claimCount"));
        assertEquals(List.of(1, 0, 0), r.getList("data.claimsGeoJson.features.properties.disputedCount"));
        assertEquals(List.of(-179.5f, -12.0f),
                r.getList("data.claimsGeoJson.features[1].geometry.coordinates", Float.class));
        JsonPath disputed = ok(CLAIMS, vars("filter", Map.of("actorId", actor, "status", List.of("DISPUTED"))));
        assertEquals(List.of(westhaven), disputed.getList("data.claimsGeoJson.features.id"));
        assertEquals(List.of(1), disputed.getList("data.claimsGeoJson.features.properties.claimCount"));
        JsonPath first = ok(CLAIMS, vars("filter", Map.of("actorId", actor), "limit", 1));
        assertEquals(List.of(westhaven), first.getList("data.claimsGeoJson.features.id"));
        assertTrue(first.getBoolean("data.claimsGeoJson.truncated"));
        JsonPath none = ok(CLAIMS, vars("filter", Map.of("text", "no claim says this " + unique())));
        assertEquals(List.of(), none.getList("data.claimsGeoJson.features"));
    }

    @Test
    void badLimitsAndBoxesAreRefused() {
        assertClientError(post(CLAIMS, vars("limit", -1)), "BAD_USER_INPUT", "limit");
        assertClientError(post(LOCATIONS, vars("limit", 5001)), "BAD_USER_INPUT", "limit");
        Map<String, Object> upsideDown = Map.of("south", 10.0, "west", 0.0, "north", 0.0, "east", 10.0);
        assertClientError(post(CLAIMS, vars("filter", Map.of("within", upsideDown))), "BAD_USER_INPUT",
                "filter.within");
        assertClientError(post(LOCATIONS, vars("filter", Map.of("within", upsideDown))), "BAD_USER_INPUT",
                "filter.within");
        Map<String, Object> offTheGlobe = Map.of("south", 0.0, "west", 0.0, "north", 10.0, "east", 190.0);
        assertClientError(
                post("query($f: ClaimFilter) { claims(filter: $f) { totalCount } }",
                        vars("f", Map.of("within", offTheGlobe))),
                "BAD_USER_INPUT", "filter.within");
    }

    /** JSON numbers come back as Float from rest-assured's JsonPath; compare them as such. */
    private static Map<String, Object> normalise(Object geometry) {
        Map<?, ?> map = (Map<?, ?>) geometry;
        List<Float> coordinates = ((List<?>) map.get("coordinates")).stream().map(n -> ((Number) n).floatValue())
                .toList();
        return Map.of("type", map.get("type"), "coordinates", coordinates);
    }
}
