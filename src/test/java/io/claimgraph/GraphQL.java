package io.claimgraph;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/** Posts real GraphQL documents to /graphql over HTTP, as any client would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static JsonPath post(String query) {
        return post(query, Map.of());
    }

    public static JsonPath post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).accept(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Posts and insists on an answer without errors. */
    public static JsonPath ok(String query, Map<String, Object> variables) {
        JsonPath response = post(query, variables);
        Object errors = response.get("errors");
        if (errors != null) {
            throw new AssertionError("Unexpected GraphQL errors: " + errors);
        }
        return response;
    }

    public static JsonPath ok(String query) {
        return ok(query, Map.of());
    }

    /** Posts and returns the first error's extensions.code. */
    public static String errorCode(JsonPath response) {
        return response.getString("errors[0].extensions.code");
    }

    public static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
