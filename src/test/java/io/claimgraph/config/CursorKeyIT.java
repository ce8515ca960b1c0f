package io.claimgraph.config;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.PackagedApp;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged app in prod mode signs cursors with a key of the operator's, never with the built-in one. */
class CursorKeyIT {

    @Test
    void refusesToStartWithoutAKeyAndSaysHowToSetOne() throws Exception {
        PackagedApp app = PackagedApp.launchWithoutCursorKey(settings(), Map.of());
        try {
            assertTrue(app.process().waitFor(90, TimeUnit.SECONDS), "the app should have stopped");
            assertNotEquals(0, app.process().exitValue(), "exit code");
            String log = app.log();
            assertTrue(log.contains("claimgraph.cursor.secret is the built-in key"), log);
            assertTrue(log.contains("CLAIMGRAPH_CURSOR_SECRET") && log.contains("-Dclaimgraph.cursor.secret="), log);
        } finally {
            app.kill();
        }
    }

    @Test
    void startsWithAKeyFromTheEnvironmentAndPagesWithIt() throws Exception {
        Map<String, String> environment = Map.of(PackagedApp.CURSOR_KEY_VARIABLE, "an-operator-key-for-this-test");
        try (PackagedApp app = PackagedApp.start(settings(), environment)) {
            for (String name : new String[]{"Cursor Key First", "Cursor Key Second"}) {
                post(app, "mutation { createActor(input: {name: \"" + name + "\", type: ORGANIZATION}) { id } }");
            }
            JsonPath first = post(app, "{ actors(first: 1, filter: {name: \"Cursor Key\"}) { edges { node { name } } "
                    + "pageInfo { endCursor hasNextPage } } }");
            assertTrue(first.getBoolean("data.actors.pageInfo.hasNextPage"), first.prettify());
            String cursor = first.getString("data.actors.pageInfo.endCursor");
            assertNotNull(cursor, first.prettify());
            JsonPath second = post(app, "{ actors(first: 1, after: \"" + cursor + "\", filter: {name: \"Cursor Key\"}) "
                    + "{ edges { node { name } } } }");
            assertNotEquals(first.getString("data.actors.edges[0].node.name"),
                    second.getString("data.actors.edges[0].node.name"),
                    second.prettify());
        }
    }

    private static Map<String, String> settings() {
        Map<String, String> properties = new HashMap<>();
        properties.put("quarkus.datasource.jdbc.url", PackagedApp.itSetting("quarkus.datasource.jdbc.url"));
        properties.put("quarkus.datasource.username", PackagedApp.itSetting("quarkus.datasource.username"));
        // this suite is about the cursor key; the token check has a start-up refusal of its own (AuthIT)
        properties.put("claimgraph.auth.enabled", "false");
        return properties;
    }

    private static JsonPath post(PackagedApp app, String query) {
        var response = given().port(app.port()).contentType("application/json").body(Map.of("query", query))
                .post("/graphql");
        assertEquals(200, response.statusCode(), response.asString());
        JsonPath json = response.jsonPath();
        assertNull(json.get("errors"), response.asString());
        return json;
    }
}
