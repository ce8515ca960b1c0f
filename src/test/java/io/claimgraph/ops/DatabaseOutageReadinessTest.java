package io.claimgraph.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.claimgraph.live.GraphQLWsClient;
import io.claimgraph.live.LiveEvent;
import io.claimgraph.live.LiveHub;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Readiness follows the database: the app reaches PostgreSQL through a TCP proxy; the test cuts the proxy and
 * /q/health/ready turns DOWN (503), restores it and readiness is UP again, the app never restarted. On H2 there
 * is no network between the app and its database to cut (the tests' H2 is in the same JVM), so it does not run.
 * During the outage, queries answer UNAVAILABLE and a subscription that has an event to load ends with it.
 */
@QuarkusTest
@TestProfile(DatabaseOutageReadinessTest.ThroughProxy.class)
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "needs a database behind a network connection: runs in the PostgreSQL suite (-Ppostgresql)")
public class DatabaseOutageReadinessTest {

    @Inject
    LiveHub hub;

    static TcpProxy proxy;

    /** The PostgreSQL of the test suite (.ci/run: _TEST_QUARKUS_DATASOURCE_JDBC_URL), reached through the proxy. */
    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String url = System.getenv("_TEST_QUARKUS_DATASOURCE_JDBC_URL");
            if (url == null) {
                url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
            }
            if (url == null || !url.startsWith("jdbc:postgresql://")) {
                // JUnit discovery builds the profile even where the test is disabled (the H2 suite): change nothing
                return Map.of();
            }
            URI target = URI.create(url.substring("jdbc:".length()));
            try {
                synchronized (DatabaseOutageReadinessTest.class) {
                    if (proxy == null) {
                        proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getRawPath()
                    + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            return Map.of("quarkus.datasource.jdbc.url", proxied);
        }
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndUpWhenItReturns() throws Exception {
        assertNotNull(proxy,
                "no proxy: set _TEST_QUARKUS_DATASOURCE_JDBC_URL to the PostgreSQL of the tests, as .ci/run does");
        Response ready = given().get("/q/health/ready");
        assertEquals(200, ready.statusCode(), ready.asString());
        GraphQLWsClient live = GraphQLWsClient.connect(RestAssured.port, null);
        String following = live.subscribe("subscription { articleIngested { id headline } }", null);

        proxy.cut();
        Instant cut = Instant.now();
        Response down = awaitReadiness(503, Duration.ofSeconds(20));
        long downAfter = Duration.between(cut, Instant.now()).toMillis();
        assertEquals("DOWN", down.jsonPath().getString("status"), down.asString());
        List<Map<String, Object>> checks = down.jsonPath().getList("checks");
        assertTrue(
                checks.stream()
                        .anyMatch(c -> "Database connections health check".equals(c.get("name"))
                                && "DOWN".equals(c.get("status"))),
                down.asString());
        // liveness does not follow the database: restarting the pod would not bring it back
        assertEquals(200, given().get("/q/health/live").statusCode());
        // a query during the outage is UNAVAILABLE with a retry hint, not INTERNAL (our bugs), a hang or a stack
        // trace: 200 for application/json, 503 with Retry-After for application/graphql-response+json
        Response plain = given().contentType("application/json")
                .body(Map.of("query", "{ articles(first: 1) { totalCount } }")).post("/graphql");
        assertEquals(200, plain.statusCode(), plain.asString());
        JsonPath failed = plain.jsonPath();
        assertEquals("UNAVAILABLE", failed.getString("errors[0].extensions.code"), failed.prettify());
        assertEquals(5, failed.getInt("errors[0].extensions.retryAfterSeconds"), failed.prettify());
        assertTrue(!plain.asString().contains("SQL") && !plain.asString().contains("Exception"), plain.asString());
        Response strict = given().contentType("application/json").accept("application/graphql-response+json")
                .body(Map.of("query", "{ articles(first: 1) { totalCount } }")).post("/graphql");
        assertEquals(503, strict.statusCode(), strict.asString());
        assertEquals("5", strict.getHeader("Retry-After"));
        assertEquals("UNAVAILABLE", strict.jsonPath().getString("errors[0].extensions.code"), strict.asString());
        // a subscription with an event to load ends: a last "next" carrying only the error, then "complete"
        hub.deliver(new LiveEvent(1, true, List.of()));
        JsonObject last = live.poll(following, 30_000);
        assertNotNull(last, "the subscription said nothing about the event it could not load");
        assertEquals("next", last.getString("type"), last.encode());
        assertEquals("UNAVAILABLE", last.getJsonObject("payload").getJsonArray("errors").getJsonObject(0)
                .getJsonObject("extensions").getString("code"), last.encode());
        assertNull(last.getJsonObject("payload").getValue("data"), last.encode());
        assertEquals("complete", live.poll(following, 5_000).getString("type"));
        live.close();

        proxy.restore();
        Instant restored = Instant.now();
        Response up = awaitReadiness(200, Duration.ofSeconds(30));
        long upAfter = Duration.between(restored, Instant.now()).toMillis();
        assertEquals("UP", up.jsonPath().getString("status"), up.asString());
        given().contentType("application/json").body(Map.of("query", "{ articles(first: 1) { totalCount } }"))
                .post("/graphql").then().statusCode(200);
        System.out.printf("readiness DOWN %d ms after the cut, UP %d ms after the restore%n", downAfter, upAfter);
    }

    private static Response awaitReadiness(int status, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Response last = null;
        while (Instant.now().isBefore(deadline)) {
            last = given().get("/q/health/ready");
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(250);
        }
        fail("readiness not " + status + " within " + timeout + ": "
                + (last == null ? "no answer" : last.statusCode() + " " + last.asString()));
        return last;
    }
}
