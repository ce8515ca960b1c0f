package io.claimgraph.hardening;

import static io.claimgraph.hardening.Http.exchange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GraphQL over HTTP: media types, status codes, GET. */
@QuarkusTest
public class GraphQLOverHttpTest {

    static final String QUERY = "{ articles(first: 1) { totalCount } }";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void jsonUnlessTheClientAsksForGraphqlResponseJson() {
        for (String accept : new String[]{"application/json", "*/*", "application/json, text/plain;q=0.5"}) {
            Http.Answer answer = exchange(r -> r.header("Accept", accept).contentType("application/json")
                    .body(Map.of("query", QUERY)).post("/graphql"));
            assertEquals(200, answer.status(), accept + ": " + answer);
            assertTrue(answer.contentType().startsWith("application/json"), accept + ": " + answer);
        }
        Http.Answer noAccept = exchange(r -> r.noFilters().header("Accept", "").contentType("application/json")
                .body(Map.of("query", QUERY)).post("/graphql"));
        assertTrue(noAccept.contentType().startsWith("application/json"), noAccept.toString());
        Http.Answer preferred = exchange(r -> r.header("Accept", GRAPHQL_RESPONSE + ", application/json;q=0.9")
                .contentType("application/json").body(Map.of("query", QUERY)).post("/graphql"));
        assertEquals(200, preferred.status(), preferred.toString());
        assertTrue(preferred.contentType().startsWith(GRAPHQL_RESPONSE), preferred.toString());
        assertNull(preferred.json().get("errors"), preferred.toString());
    }

    @Test
    void graphqlResponseJsonAnswersRequestErrorsWith4xxAndFieldErrorsWith200() {
        Http.Answer validation = graphqlResponse("{ articles { noSuchField } }");
        assertEquals(400, validation.status(), validation.toString());
        assertEquals("BAD_USER_INPUT", validation.code());
        assertTrue(validation.contentType().startsWith(GRAPHQL_RESPONSE), validation.toString());

        Http.Answer syntax = graphqlResponse("{ articles { ");
        assertEquals(400, syntax.status(), syntax.toString());
        assertEquals("BAD_USER_INPUT", syntax.code());

        Http.Answer depth = graphqlResponse(HostileInputTest.nested(12));
        assertEquals(400, depth.status(), depth.toString());
        assertEquals("LIMIT_EXCEEDED", depth.code());

        Http.Answer variable = exchange(r -> r.header("Accept", GRAPHQL_RESPONSE).contentType("application/json")
                .body(Map.of("query", "query($f: Int) { articles(first: $f) { totalCount } }", "variables",
                        Map.of("f", "x")))
                .post("/graphql"));
        assertEquals(400, variable.status(), variable.toString());

        // a field error is not a request error: the data entry is there (article: null)
        Http.Answer field = graphqlResponse("{ article(id: \"not-a-number\") { id } }");
        assertEquals(200, field.status(), field.toString());
        assertEquals("BAD_USER_INPUT", field.code());
        assertTrue(field.json().getMap("data").containsKey("article"), field.toString());

        // the same validation error with application/json: 200, as the specification wants for that media type
        Http.Answer json = exchange(r -> r.header("Accept", "application/json").contentType("application/json")
                .body(Map.of("query", "{ articles { noSuchField } }")).post("/graphql"));
        assertEquals(200, json.status(), json.toString());
        assertEquals("BAD_USER_INPUT", json.code());
    }

    @Test
    void unacceptableAcceptIs406() {
        Http.Answer answer = exchange(r -> r.header("Accept", "text/html").contentType("application/json")
                .body(Map.of("query", QUERY)).post("/graphql"));
        assertEquals(406, answer.status(), answer.toString());
        assertEquals("BAD_USER_INPUT", answer.code());
    }

    @Test
    void queriesOverGet() {
        Http.Answer answer = exchange(
                r -> r.queryParam("query", "query($n: Int) { articles(first: $n) { totalCount } }")
                        .queryParam("variables", "{\"n\": 1}").get("/graphql"));
        assertEquals(200, answer.status(), answer.toString());
        assertNull(answer.json().get("errors"), answer.toString());
        Http.Answer missing = exchange(r -> r.get("/graphql"));
        assertEquals(400, missing.status(), missing.toString());
        assertEquals("BAD_USER_INPUT", missing.code());
    }

    @Test
    void otherMethodsAre405() {
        Http.Answer answer = exchange(
                r -> r.contentType("application/json").body(Map.of("query", QUERY)).put("/graphql"));
        assertEquals(405, answer.status(), answer.toString());
        assertEquals("BAD_USER_INPUT", answer.code());
    }

    @Test
    void crossOriginRequestsAreRefusedWhenNoOriginIsConfigured() {
        Http.Answer preflight = exchange(r -> r.header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST").options("/graphql"));
        assertTrue(preflight.status() >= 400 && preflight.status() < 500, preflight.toString());
    }

    private static Http.Answer graphqlResponse(String query) {
        return exchange(r -> r.header("Accept", GRAPHQL_RESPONSE).contentType("application/json")
                .body(Map.of("query", query)).post("/graphql"));
    }
}
