package io.claimgraph.hardening;

import static io.claimgraph.hardening.Http.assertRefused;
import static io.claimgraph.hardening.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.claimgraph.Fixtures;
import io.claimgraph.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits that the default settings leave too wide to hit cheaply, set low: complexity and the time budget. */
@QuarkusTest
@TestProfile(TightLimitsTest.Tight.class)
public class TightLimitsTest {

    /** Counted over JDBC: a GraphQL count is itself bound by the 300 ms budget, which a loaded machine can exceed. */
    @Inject
    AgroalDataSource dataSource;

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.instrumentation-query-complexity", "40",
                    "claimgraph.graphql.time-budget", "PT0.3S");
        }
    }

    @Test
    void complexityOverTheLimitIsRefused() {
        String fields = "id text certainty hedges attribution article { id headline url publisher contentHash } "
                + "assertedBy { id name type } subjects { id name } locations { id name } quantities { value unit } ";
        String query = "{ claims(first: 100) { totalCount edges { cursor node { " + fields + " } } } "
                + "articles(first: 100) { totalCount edges { node { id headline claims { " + fields + " } } } } }";
        Http.Answer answer = assertRefused(post(query), 200, "LIMIT_EXCEEDED");
        assertTrue(answer.body().contains("complexity"), answer.toString());
        GraphQL.ok("{ claims(first: 5) { totalCount edges { node { id text } } } }");
    }

    @Test
    void aBatchThatRunsOverTheTimeBudgetStopsAndSaysWhichArticlesToSendAgain() throws IOException, SQLException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/articles/seed-kursk.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String run = Fixtures.unique();
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Object> input = new HashMap<>();
            input.put("url", "https://budget.example.test/" + run + "/" + i);
            input.put("headline", "Budget " + run + " " + i);
            input.put("body", text + "\nMarker " + run + " " + i + ".");
            input.put("publisher", run);
            inputs.add(input);
        }
        String mutation = "mutation($in: [ArticleInput!]!) { ingestArticles(inputs: $in) { outcome error } }";
        JsonPath first = GraphQL.ok(mutation, Map.of("in", inputs));
        List<String> outcomes = first.getList("data.ingestArticles.outcome");
        int created = (int) outcomes.stream().filter("CREATED"::equals).count();
        int rejected = (int) outcomes.stream().filter("REJECTED"::equals).count();
        assertTrue(created >= 1, "the first article always runs: " + outcomes);
        assertTrue(rejected >= 1, "60 articles in 300 ms: " + outcomes);
        assertEquals(60, created + rejected, outcomes.toString());
        assertTrue(first.getString("data.ingestArticles[59].error").contains("time budget"), first.prettify());
        int stored = storedArticles(run);
        assertEquals(created, stored, "exactly the CREATED ones are stored");

        // sending the whole batch again stores the rest, a budget's worth at a time, and duplicates nothing
        for (int round = 0; round < 60 && stored < 60; round++) {
            GraphQL.ok(mutation, Map.of("in", inputs));
            stored = storedArticles(run);
        }
        assertEquals(60, stored);
    }

    private int storedArticles(String publisher) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection
                        .prepareStatement("select count(*) from article where publisher = ?")) {
            count.setString(1, publisher);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
