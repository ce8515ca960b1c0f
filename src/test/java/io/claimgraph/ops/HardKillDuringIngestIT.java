package io.claimgraph.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.FreshPostgresDatabase;
import io.claimgraph.PackagedApp;
import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Durability on PostgreSQL: the packaged app is killed with SIGKILL in the middle of a 100-article
 * ingestArticles call. Ingest writes each article, its claims, quantities and links in one transaction, so
 * after the restart every stored article is complete (the same claim, quantity and link counts as the same
 * text ingested undisturbed) and sending the whole batch again stores exactly the missing ones.
 */
@EnabledIfSystemProperty(named = "it.dbKind", matches = "postgresql", disabledReason = "PostgreSQL build only (-Ppostgresql); the H2 build's durability is DataSurvivesRestartIT")
class HardKillDuringIngestIT {

    static final int BATCH = 100;
    static final String MUTATION = "mutation($in: [ArticleInput!]!) { ingestArticles(inputs: $in) { outcome } }";

    @Test
    void aKillMidBatchLeavesNoHalfWrittenArticle() throws Exception {
        FreshPostgresDatabase.with("kill", this::run);
    }

    private void run(String url, String user) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> batch = batch(run);
        Map<String, String> properties = Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.username", user,
                "claimgraph.auth.enabled", "false");

        PackagedApp first = PackagedApp.start(properties, Map.of());
        Thread ingest = new Thread(() -> {
            try {
                given().port(first.port()).contentType("application/json")
                        .body(Map.of("query", MUTATION, "variables", Map.of("in", batch)))
                        .post("/graphql");
            } catch (Exception killed) {
                // the connection dies with the process
            }
        });
        ingest.start();
        int storedAtKill;
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
            while (articles(db, run) < 3 && Instant.now().isBefore(deadline)) {
                Thread.sleep(5);
            }
            first.kill();
            storedAtKill = articles(db, run);
        }
        ingest.join(30_000);
        assertTrue(storedAtKill >= 3 && storedAtKill < BATCH,
                "killed mid-batch: " + storedAtKill + " of " + BATCH + " stored");

        Map<Long, List<Integer>> afterKill;
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            afterKill = shapes(db, run);
        }
        assertEquals(storedAtKill, afterKill.size());

        try (PackagedApp second = PackagedApp.start(properties, Map.of())) {
            JsonPath again = given().port(second.port()).contentType("application/json")
                    .body(Map.of("query", MUTATION, "variables", Map.of("in", batch))).post("/graphql").then()
                    .statusCode(200)
                    .extract().jsonPath();
            List<String> outcomes = again.getList("data.ingestArticles.outcome");
            assertEquals(BATCH, outcomes.size(), again.prettify());
            assertEquals(storedAtKill, outcomes.stream().filter("DUPLICATE"::equals).count(), outcomes.toString());
            assertEquals(BATCH - storedAtKill, outcomes.stream().filter("CREATED"::equals).count(),
                    outcomes.toString());
        }
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            Map<Long, List<Integer>> all = shapes(db, run);
            assertEquals(BATCH, all.size());
            // the same text makes the same claims: every article, written before the kill or after, has the same shape
            List<Integer> shape = all.values().iterator().next();
            assertTrue(shape.get(0) > 0, "the seed text has claims: " + shape);
            for (Map.Entry<Long, List<Integer>> article : all.entrySet()) {
                assertEquals(shape, article.getValue(),
                        "article " + article.getKey() + " (claims, quantities, actors, locations)");
            }
            assertEquals(afterKill, Map.copyOf(filter(all, afterKill)),
                    "what survived the kill was not changed by the retry");
            System.out.printf(
                    "killed with %d of %d articles stored; each complete with %s (claims, quantities, actors, locations)%n",
                    storedAtKill, BATCH, shape);
        }
    }

    private static List<Map<String, Object>> batch(String run) throws Exception {
        String text;
        try (InputStream in = HardKillDuringIngestIT.class.getResourceAsStream("/articles/seed-kursk.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            Map<String, Object> input = new HashMap<>();
            input.put("url", "https://kill.example.test/" + run + "/" + i);
            input.put("headline", "North Korea reinforces troops " + i);
            // the same text with a marker of letters only, so that every article makes the same claims
            input.put("body", text + "\nDispatch code " + letters(run + "-" + i) + ".");
            input.put("publisher", "kill-" + run);
            inputs.add(input);
        }
        return inputs;
    }

    /** "3f-12" → "dg-bc": digits as letters. */
    private static String letters(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('a' + (c - '0')) : c);
        }
        return out.toString();
    }

    private static int articles(Connection db, String run) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select count(*) from article where publisher = ?")) {
            s.setString(1, "kill-" + run);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Per stored article of the run: how many claims, quantities, actor links and location links it has. */
    private static Map<Long, List<Integer>> shapes(Connection db, String run) throws SQLException {
        Map<Long, List<Integer>> shapes = new LinkedHashMap<>();
        String sql = "select a.id,"
                + " (select count(*) from claim c where c.article_id = a.id),"
                + " (select count(*) from quantity q join claim c on q.claim_id = c.id where c.article_id = a.id),"
                + " (select count(*) from article_actor x where x.article_id = a.id),"
                + " (select count(*) from article_location x where x.article_id = a.id)"
                + " from article a where a.publisher = ? order by a.id";
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, "kill-" + run);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    shapes.put(rs.getLong(1), List.of(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                }
            }
        }
        return shapes;
    }

    private static Map<Long, List<Integer>> filter(Map<Long, List<Integer>> all, Map<Long, List<Integer>> keys) {
        Map<Long, List<Integer>> kept = new HashMap<>();
        keys.keySet().forEach(k -> kept.put(k, all.get(k)));
        return kept;
    }
}
