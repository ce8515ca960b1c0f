package io.claimgraph.hardening;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.Fixtures;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Function;

/** Raw HTTP exchanges with /graphql, timed, for the tests that send what no well-behaved client would. */
final class Http {

    private Http() {
    }

    record Answer(int status, String contentType, String body, long millis) {
        JsonPath json() {
            return JsonPath.from(body);
        }

        String code() {
            return json().getString("errors[0].extensions.code");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " in " + millis + " ms: " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    static Answer exchange(Function<RequestSpecification, Response> call) {
        long started = System.nanoTime();
        Response response = call.apply(given().redirects().follow(false));
        String body = response.asString();
        return new Answer(response.statusCode(), response.contentType(), body, (System.nanoTime() - started) / 1_000_000);
    }

    static Answer postJson(String json) {
        return exchange(r -> r.contentType("application/json").body(json).post("/graphql"));
    }

    static Answer post(String query, Map<String, Object> variables) {
        return exchange(r -> r.contentType("application/json").body(Map.of("query", query, "variables", variables)).post("/graphql"));
    }

    static Answer post(String query) {
        return post(query, Map.of());
    }

    /**
     * A clear refusal: the expected status (never 5xx), a GraphQL error with the expected code and a clean
     * message, no data, answered within the bound the issue sets (1 s).
     */
    static Answer assertRefused(Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.status() < 500, answer.toString());
        assertTrue(answer.millis() < 1000, "took " + answer.millis() + " ms: " + answer);
        assertNotNull(answer.json().get("errors"), answer.toString());
        assertEquals(code, answer.code(), answer.toString());
        Fixtures.assertCleanMessage(answer.json().getString("errors[0].message"));
        Object data = answer.json().get("data");
        assertTrue(data == null || data instanceof Map<?, ?> m && m.values().stream().allMatch(v -> v == null),
                "no data expected: " + answer);
        return answer;
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }
}
