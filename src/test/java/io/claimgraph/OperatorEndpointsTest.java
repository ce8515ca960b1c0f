package io.claimgraph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What an operator and a developer reach besides /graphql: health probes and the GraphQL UI. */
@QuarkusTest
public class OperatorEndpointsTest {

    @Test
    void livenessAndReadinessAreUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void graphqlUiIsServed() {
        given().redirects().follow(true).when().get("/q/graphql-ui/").then().statusCode(200)
                .body(containsString("GraphiQL"));
    }
}
