package io.claimgraph.hardening;

import static io.claimgraph.hardening.Http.assertRefused;
import static io.claimgraph.hardening.Http.exchange;
import static io.claimgraph.hardening.Http.post;
import static io.claimgraph.hardening.Http.postJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.claimgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a public endpoint gets every day. Each request must get a clear refusal with a code, never a 5xx, within
 * a second, change no row, and leave the service answering the next normal request.
 */
@QuarkusTest
public class HostileInputTest {

    static final List<String> TABLES = List.of("article", "claim", "quantity", "actor", "actor_alias", "location",
            "location_alias", "claim_subject", "claim_location", "article_actor", "article_location");
    static final String NORMAL = "{ articles(first: 5) { totalCount edges { node { id claims { id } } } } }";

    @Inject
    AgroalDataSource dataSource;

    private Map<String, Long> rowsBefore;

    private static boolean warm;

    static void warmUp() {
        if (warm) {
            return;
        }
        warm = true;
        // the first requests of a fresh JVM compile code paths; the 1 s bound is about the refusal, not JIT
        for (int i = 0; i < 5; i++) {
            GraphQL.ok(NORMAL);
            postJson("{");
            post("{ article(id: \"x\") { id } }");
        }
    }

    @BeforeEach
    void countRows() throws SQLException {
        warmUp();
        rowsBefore = rowCounts();
    }

    @AfterEach
    void nothingChangedAndTheNextRequestWorks() throws SQLException {
        assertEquals(rowsBefore, rowCounts(), "row counts");
        GraphQL.ok(NORMAL);
    }

    Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    // ---------------------------------------------------------------------------------------------------------
    // the HTTP envelope

    @Test
    void malformedJson() {
        assertRefused(postJson("{\"query\": \"{ articles { totalCount } }\""), 400, "BAD_USER_INPUT");
        assertRefused(postJson("not json at all"), 400, "BAD_USER_INPUT");
        assertRefused(postJson("[1, 2]"), 400, "BAD_USER_INPUT");
        assertRefused(postJson("{\"query\": 42}"), 400, "BAD_USER_INPUT");
        assertRefused(postJson("{\"query\": \"{ articles { totalCount } }\", \"variables\": [1]}"), 400,
                "BAD_USER_INPUT");
    }

    @Test
    void emptyBody() {
        assertRefused(postJson(""), 400, "BAD_USER_INPUT");
        assertRefused(postJson("{}"), 400, "BAD_USER_INPUT");
    }

    @Test
    void wrongOrMissingContentType() {
        String body = "{\"query\": \"{ articles { totalCount } }\"}";
        assertRefused(exchange(r -> r.contentType("text/plain").body(body).post("/graphql")), 415, "BAD_USER_INPUT");
        assertRefused(
                exchange(r -> r.contentType("application/x-www-form-urlencoded").body("query=x").post("/graphql")), 415,
                "BAD_USER_INPUT");
        assertRefused(exchange(r -> r.body(body.getBytes()).post("/graphql")), 415, "BAD_USER_INPUT");
        assertRefused(
                exchange(r -> r.contentType("application/json, text/plain").body(body.getBytes()).post("/graphql")),
                415,
                "BAD_USER_INPUT");
    }

    @Test
    void repeatedJsonContentTypeAsGraphiQLSendsIt() {
        String body = "{\"query\": \"{ articles { totalCount } }\"}";
        given().contentType("application/json, application/json").body(body.getBytes()).post("/graphql")
                .then().statusCode(200).body("data.articles.totalCount", notNullValue());
    }

    @Test
    void tenMegabyteBody() throws Exception {
        String big = "{\"query\": \"{ articles { totalCount } }\", \"variables\": {\"x\": \""
                + "a".repeat(10 * 1024 * 1024) + "\"}}";
        assertRefused(Http.rawPost(big.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 413, "LIMIT_EXCEEDED");
    }

    @Test
    void mutationOverGet() {
        Http.Answer answer = assertRefused(
                exchange(r -> r.queryParam("query", "mutation { deleteArticle(id: \"1\") }").get("/graphql")),
                405, "BAD_USER_INPUT");
        assertTrue(answer.toString().contains("POST"), answer.toString());
    }

    // ---------------------------------------------------------------------------------------------------------
    // the document

    @Test
    void unknownOperationName() {
        assertRefused(postJson("{\"query\": \"query A { articles { totalCount } }\", \"operationName\": \"B\"}"), 200,
                "BAD_USER_INPUT");
        assertRefused(
                postJson("{\"query\": \"query A { articles { totalCount } } query B { actors { totalCount } }\"}"), 200,
                "BAD_USER_INPUT");
    }

    @Test
    void syntaxError() {
        assertRefused(post("{ articles { totalCount "), 200, "BAD_USER_INPUT");
    }

    @Test
    void twoHundredLevelsOfNesting() {
        assertRefused(post(nested(200)), 200, "LIMIT_EXCEEDED");
    }

    @Test
    void depthOverTheLimit() {
        Http.Answer answer = assertRefused(post(nested(12)), 200, "LIMIT_EXCEEDED"); // 12 x 2 + 3 levels > 20
        assertTrue(answer.body().contains("nested deeper"), answer.toString());
        GraphQL.ok(nested(4)); // 11 levels: fine
    }

    @Test
    void thousandAliasesOfANestedListField() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            query.append(" a").append(i).append(": claims { edges { node { id } } }");
        }
        Http.Answer answer = assertRefused(post(query.append(" }").toString()), 200, "LIMIT_EXCEEDED");
        assertTrue(answer.body().contains("aliased"), answer.toString());
    }

    @Test
    void aliasesJustOverTheLimit() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 51; i++) {
            query.append(" a").append(i).append(": articles(first: 1) { totalCount }");
        }
        assertRefused(post(query.append(" }").toString()), 200, "LIMIT_EXCEEDED");
    }

    @Test
    void repeatedFields() {
        Http.Answer answer = assertRefused(post("{ articles { " + "totalCount ".repeat(600) + "} }"), 200,
                "LIMIT_EXCEEDED");
        assertTrue(answer.body().contains("fields"), answer.toString());
    }

    @Test
    void tooManyTokens() {
        Http.Answer answer = assertRefused(post("{ articles { totalCount " + "__typename ".repeat(16_000) + "} }"), 200,
                "LIMIT_EXCEEDED");
        assertTrue(answer.body().contains("tokens"), answer.toString());
    }

    @Test
    void graphiqlIntrospectionStillFitsTheLimits() {
        GraphQL.ok(Introspection.QUERY);
    }

    // ---------------------------------------------------------------------------------------------------------
    // arguments and variables

    @Test
    void oneMegabyteStringArguments() {
        String huge = "x".repeat(1024 * 1024);
        assertRefused(post("query($id: ID!) { article(id: $id) { id } }", Map.of("id", huge)), 200, "BAD_USER_INPUT");
        assertRefused(post("query($t: String) { articles(filter: {text: $t}) { totalCount } }", Map.of("t", huge)), 200,
                "BAD_USER_INPUT");
        assertRefused(post("query($n: String) { actors(filter: {name: $n}) { totalCount } }", Map.of("n", huge)), 200,
                "BAD_USER_INPUT");
        Map<String, Object> article = new HashMap<>(
                Map.of("url", "https://news.example/huge", "headline", "Huge", "body", huge));
        assertRefused(
                post("mutation($a: ArticleInput!) { ingestArticle(input: $a) { outcome } }", Map.of("a", article)), 200,
                "BAD_USER_INPUT");
        article.put("body", "A normal body.");
        article.put("headline", huge);
        assertRefused(
                post("mutation($a: ArticleInput!) { ingestArticle(input: $a) { outcome } }", Map.of("a", article)), 200,
                "BAD_USER_INPUT");
    }

    @Test
    void hostileIds() {
        for (String id : List.of("1 OR 1=1", "1; drop table article", "../../etc/passwd", "😀", "1".repeat(10_000),
                "-1", "")) {
            assertRefused(post("query($id: ID!) { article(id: $id) { id } }", Map.of("id", id)), 200, "BAD_USER_INPUT");
            assertRefused(post("mutation($id: ID!) { deleteArticle(id: $id) }", Map.of("id", id)), 200,
                    "BAD_USER_INPUT");
        }
    }

    @Test
    void negativeAndHugeFirst() {
        for (long first : List.of(-1L, 101L, 1_000_000L, 99_999_999_999L)) {
            assertRefused(post("query($f: Int) { articles(first: $f) { totalCount } }", Map.of("f", first)), 200,
                    "BAD_USER_INPUT");
        }
        assertRefused(post("{ articles(first: -5) { totalCount } }"), 200, "BAD_USER_INPUT");
        assertRefused(post("{ articles(first: 99999999999) { totalCount } }"), 200, "BAD_USER_INPUT");
    }

    @Test
    void nullForNonNullVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", null);
        assertRefused(post("query($id: ID!) { article(id: $id) { id } }", variables), 200, "BAD_USER_INPUT");
        assertRefused(post("query($id: ID!) { article(id: $id) { id } }"), 200, "BAD_USER_INPUT");
        variables = new HashMap<>();
        variables.put("a", null);
        assertRefused(post("mutation($a: ArticleInput!) { ingestArticle(input: $a) { outcome } }", variables), 200,
                "BAD_USER_INPUT");
    }

    @Test
    void wrongVariableTypes() {
        assertRefused(post("query($f: Int) { articles(first: $f) { totalCount } }", Map.of("f", "twenty")), 200,
                "BAD_USER_INPUT");
        assertRefused(post("query($f: Int) { articles(first: $f) { totalCount } }", Map.of("f", List.of(1, 2))), 200,
                "BAD_USER_INPUT");
        assertRefused(post("query($c: [Certainty!]) { claims(filter: {certainty: $c}) { totalCount } }",
                Map.of("c", List.of("ABSOLUTELY"))), 200, "BAD_USER_INPUT");
        assertRefused(post("mutation($a: ArticleInput!) { ingestArticle(input: $a) { outcome } }",
                Map.of("a", Map.of("url", 5, "headline", true, "body", List.of()))), 200, "BAD_USER_INPUT");
        assertRefused(post("mutation($a: ArticleInput!) { ingestArticle(input: $a) { outcome } }",
                Map.of("a",
                        Map.of("url", "https://news.example/d", "headline", "D", "body", "Text.", "publishedAt",
                                "yesterday"))),
                200, "BAD_USER_INPUT");
    }

    @Test
    void batchIngestOfTenThousandArticles() {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            inputs.add(Map.of("url", "https://news.example/flood/" + i, "headline", "Flood " + i, "body",
                    "Body " + i + "."));
        }
        Http.Answer answer = assertRefused(
                post("mutation($in: [ArticleInput!]!) { ingestArticles(inputs: $in) { outcome } }",
                        Map.of("in", inputs)),
                200, "LIMIT_EXCEEDED");
        assertEquals("inputs", answer.json().getString("errors[0].extensions.field"), answer.toString());
    }

    /** articles → edges → node → claims → article → claims → … : {@code levels} article/claims pairs. */
    static String nested(int levels) {
        StringBuilder query = new StringBuilder("{ articles { edges { node { ");
        for (int i = 0; i < levels; i++) {
            query.append("claims { article { ");
        }
        query.append("id ");
        query.append("} } ".repeat(levels));
        return query.append("} } } }").toString();
    }
}
