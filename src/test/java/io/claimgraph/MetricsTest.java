package io.claimgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Prometheus metrics: per-operation GraphQL timings, HTTP requests and the datasource pool. */
@QuarkusTest
public class MetricsTest {

    @Test
    void graphqlHttpAndPoolMetricsAreExported() {
        GraphQL.ok("query MetricsProbe { articles(first: 1) { totalCount } }");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mp_graphql_seconds_count"))
                .body(containsString("name=\"articles\""))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("agroal_active_count"));
    }
}
