package io.claimgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus metrics: per-operation GraphQL timings, HTTP requests and the datasource pool. */
@QuarkusTest
public class MetricsTest {

    private static final Pattern ARTICLES_COUNT = Pattern
            .compile("mp_graphql_seconds_count\\{name=\"articles\",source=\"false\",type=\"QUERY\"} ([0-9.E]+)");

    @Test
    void graphqlHttpAndPoolMetricsAreExported() {
        GraphQL.ok("query MetricsProbe { articles(first: 1) { totalCount } }");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mp_graphql_seconds_count"))
                .body(containsString("name=\"articles\""))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"));
    }

    @Test
    void eachOperationIsTimedOnce() {
        GraphQL.ok("query MetricsProbe { articles(first: 1) { totalCount } }");
        double before = articlesCount();
        GraphQL.ok("query MetricsProbe { articles(first: 1) { totalCount } }");
        GraphQL.ok("{ articles(first: 2) { edges { node { id } } } }");
        assertEquals(before + 2, articlesCount(), "one timing per executed root field, whichever thread ran it");
    }

    private static double articlesCount() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = ARTICLES_COUNT.matcher(metrics);
        if (!m.find()) {
            throw new AssertionError("no mp_graphql timer for the articles query:\n" + metrics.lines()
                    .filter(l -> l.startsWith("mp_graphql")).toList());
        }
        return Double.parseDouble(m.group(1));
    }
}
