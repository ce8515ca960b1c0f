package io.claimgraph.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.FreshPostgresDatabase;
import io.claimgraph.PackagedApp;
import io.claimgraph.live.GraphQLWsClient;
import io.restassured.response.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * About a minute of work while PostgreSQL goes away: the packaged app, with the ingest pod's JVM settings, reaches
 * a fresh database through a {@link TcpProxy}; three clients ingest batches and read nested pages in a loop, one
 * subscription follows articleIngested over graphql-transport-ws. After 12 s the proxy is cut for 11 s, then
 * restored. Asserted: readiness DOWN then UP without a restart, liveness UP throughout, no error but UNAVAILABLE,
 * every article answered CREATED stored once with all its claims and no stored article answered otherwise, the
 * subscription resumed or ended with UNAVAILABLE, RSS under the ingest pod's 512 MiB. The figures are printed
 * (docs/deploying.md, "When the database goes away").
 */
@EnabledIfSystemProperty(named = "it.dbKind", matches = "postgresql", disabledReason = "needs PostgreSQL behind a network connection: the PostgreSQL suite (-Ppostgresql)")
class DatabaseOutageSoakIT {

    static final long POD_LIMIT_BYTES = 512L * 1024 * 1024; // deploy/kubernetes/ingest-deployment.yaml
    static final List<String> INGEST_POD_JVM = List.of("-Xms64m", "-Xmx160m", "-XX:MaxMetaspaceSize=112m",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k", "-XX:MaxDirectMemorySize=32m", "-XX:+UseSerialGC",
            "-XX:TrimNativeHeapInterval=2000");
    static final String INGEST = "mutation($in: [ArticleInput!]!) { ingestArticles(inputs: $in) { outcome error } }";
    static final String READ = "{ articles(first: 5) { totalCount edges { node { id headline claims { text "
            + "assertedBy { name } locations { name } } } } } }";

    final SoakFigures figures = new SoakFigures();
    /** Every url sent, with the outcome the client was finally told (the last answer for it). */
    final ConcurrentMap<String, String> answered = new ConcurrentHashMap<>();
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicLong maxRss = new AtomicLong();
    /** The codes of every error the subscription carried, on an item or ending it. */
    final Set<String> subscriptionErrors = ConcurrentHashMap.newKeySet();

    @Test
    void theServiceRidesOutADatabaseOutage() throws Exception {
        FreshPostgresDatabase.with("soak", this::run);
    }

    private void run(String url, String user) throws Exception {
        URI target = URI.create(url.substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 5432 : target.getPort())) {
            String proxied = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getRawPath();
            try (PackagedApp app = PackagedApp.start(INGEST_POD_JVM, Map.of("quarkus.datasource.jdbc.url", proxied,
                    "quarkus.datasource.username", user, "claimgraph.auth.enabled", "false"), Map.of())) {
                soak(app, proxy);
            }
        }
        checkStored(url, user);
        System.out.println(figures.report());
    }

    private void soak(PackagedApp app, TcpProxy proxy) throws Exception {
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            int client = c;
            clients.add(started(() -> clientLoop(app.port(), client)));
        }
        Thread probes = started(() -> probeLoop(app));
        try (GraphQLWsClient ws = GraphQLWsClient.connect(app.port(), Map.of())) {
            String sub = ws.subscribe("subscription { articleIngested { id claims { text } } }", null);
            Thread.sleep(12_000);
            int beforeCut = drain(ws, sub);
            figures.cutAt = System.nanoTime();
            figures.phase = "outage";
            proxy.cut();
            Thread.sleep(11_000);
            proxy.restore();
            figures.restoredAt = System.nanoTime();
            figures.phase = "after";
            String during = ended(ws, sub);
            Thread.sleep(25_000);
            running.set(false);
            for (Thread t : clients) {
                t.join(60_000);
            }
            figures.subscription = during != null ? during : subscriptionOutcome(ws, sub, beforeCut);
        } finally {
            running.set(false);
            probes.join(10_000);
        }
        figures.maxRssMiB = maxRss.get() / (1024 * 1024);
        assertTrue(app.process().isAlive(), "the app was not restarted and did not die");
        assertTrue(figures.downAfterMillis >= 0, "readiness never went DOWN: " + figures.report());
        assertTrue(figures.upAfterMillis >= 0, "readiness never came back UP: " + figures.report());
        assertEquals(0, figures.livenessFailures.get(), "liveness must stay UP: " + figures.report());
        assertEquals(Map.of(), figures.otherErrors(), "only UNAVAILABLE: " + figures.report());
        assertTrue(figures.subscription.startsWith("resumed") || figures.subscription.startsWith("ended UNAVAILABLE "),
                figures.subscription);
        assertTrue(Set.of("UNAVAILABLE").containsAll(subscriptionErrors), "subscription errors " + subscriptionErrors);
        assertTrue(maxRss.get() < POD_LIMIT_BYTES, "RSS " + figures.maxRssMiB + " MiB");
    }

    /** One client: a batch of two articles, a nested read, again; UNAVAILABLE articles are sent again later. */
    private void clientLoop(int port, int client) {
        List<Map<String, Object>> retry = new ArrayList<>();
        for (int round = 0; running.get(); round++) {
            List<Map<String, Object>> batch = new ArrayList<>(retry);
            retry.clear();
            while (batch.size() < 2) {
                batch.add(SoakArticles.article(client, round, batch.size()));
            }
            Response ingest = post(port, INGEST, Map.of("in", batch));
            List<Map<String, Object>> results = figures.record(ingest, "data.ingestArticles");
            for (int i = 0; i < batch.size(); i++) {
                String url = (String) batch.get(i).get("url");
                if (results == null) {
                    answered.putIfAbsent(url, "ERROR");
                    retry.add(batch.get(i));
                    continue;
                }
                String outcome = (String) results.get(i).get("outcome");
                String error = (String) results.get(i).get("error");
                answered.merge(url, outcome, (before, now) -> "CREATED".equals(before) ? before : now);
                if (error != null && error.startsWith("UNAVAILABLE")) {
                    retry.add(batch.get(i));
                }
            }
            figures.record(post(port, READ, null), "data.articles");
            pause(retry.isEmpty() ? 50 : 1000);
        }
    }

    private Response post(int port, String query, Map<String, Object> variables) {
        return given().port(port).contentType("application/json")
                .body(variables == null ? Map.of("query", query) : Map.of("query", query, "variables", variables))
                .post("/graphql");
    }

    /** Readiness and liveness every 200 ms, and the app's resident memory. */
    private void probeLoop(PackagedApp app) {
        Path status = Path.of("/proc", String.valueOf(app.process().pid()), "status");
        while (running.get()) {
            long now = System.nanoTime();
            int ready = given().port(app.port()).get("/q/health/ready").statusCode();
            if (given().port(app.port()).get("/q/health/live").statusCode() != 200) {
                figures.livenessFailures.incrementAndGet();
            }
            if (figures.cutAt != 0 && ready == 503 && figures.downAfterMillis < 0) {
                figures.downAfterMillis = (now - figures.cutAt) / 1_000_000;
            }
            if (figures.restoredAt != 0 && ready == 200 && figures.upAfterMillis < 0) {
                figures.upAfterMillis = (now - figures.restoredAt) / 1_000_000;
            }
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        maxRss.accumulateAndGet(Long.parseLong(line.replaceAll("\\D", "")) * 1024, Math::max);
                    }
                }
            } catch (java.io.IOException e) {
                // the process is gone: the assertions on it say so
            }
            pause(200);
        }
    }

    /** Events received so far (all of them "next"), or -1 when the subscription ended. */
    private int drain(GraphQLWsClient ws, String id) throws InterruptedException {
        int events = 0;
        JsonObject message;
        while ((message = ws.poll(id, 100)) != null) {
            if (!"next".equals(message.getString("type")) || !errorCodes(message).isEmpty()) {
                throw new AssertionError("the subscription failed before the outage: " + message.encode());
            }
            events++;
        }
        return events;
    }

    /**
     * "ended CODE" when the subscription ended during the outage (events before it dropped), else null. A stream that
     * fails reaches a graphql-transport-ws client as a "next" carrying only errors, then "complete"; an error on a
     * nested field as a "next" carrying data and errors, the subscription going on.
     */
    private String ended(GraphQLWsClient ws, String id) throws InterruptedException {
        String codes = null;
        JsonObject message;
        while ((message = ws.poll(id, 100)) != null) {
            String type = message.getString("type");
            if ("error".equals(type) || "complete".equals(type)) {
                return "ended " + (codes == null ? errorCodes(message) : codes) + " " + message.encode();
            }
            String errors = errorCodes(message);
            if (!errors.isEmpty()) {
                codes = errors;
            }
        }
        return null;
    }

    /** The codes of the errors a message carries, comma-separated; empty when it carries none. */
    private String errorCodes(JsonObject message) {
        Object payload = message.getValue("payload");
        JsonArray errors = payload instanceof JsonArray array ? array
                : payload instanceof JsonObject object ? object.getJsonArray("errors") : null;
        if (errors == null) {
            return "";
        }
        return errors.stream().map(e -> {
            JsonObject extensions = ((JsonObject) e).getJsonObject("extensions");
            return extensions == null ? "NO_CODE" : extensions.getString("code", "NO_CODE");
        }).peek(subscriptionErrors::add).distinct().sorted().collect(Collectors.joining(","));
    }

    /** "resumed (n events after the restore)", "ended CODE", or "silent" (which fails the test). */
    private String subscriptionOutcome(GraphQLWsClient ws, String id, int beforeCut)
            throws InterruptedException {
        int after = 0;
        String codes = null;
        JsonObject message;
        while ((message = ws.poll(id, 100)) != null) {
            String type = message.getString("type");
            if ("error".equals(type) || "complete".equals(type)) {
                return "ended " + (codes == null ? errorCodes(message) : codes) + " after " + after + " events";
            }
            String errors = errorCodes(message);
            if (!errors.isEmpty()) {
                codes = errors;
            } else {
                after++;
            }
        }
        return after > 0 ? "resumed (" + beforeCut + " events before the cut, " + after + " after the restore)"
                : "silent after the restore (" + beforeCut + " events before the cut)";
    }

    /** Over JDBC, straight to PostgreSQL: what was answered CREATED is stored once, with all its claims. */
    private void checkStored(String url, String user) throws Exception {
        Map<String, Integer> stored = new ConcurrentHashMap<>();
        Map<String, Integer> claims = new ConcurrentHashMap<>();
        try (Connection db = DriverManager.getConnection(url, user, "");
                ResultSet rows = db.createStatement().executeQuery("select a.url, count(distinct a.id), "
                        + "count(c.id) from article a left join claim c on c.article_id = a.id group by a.url")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getInt(2));
                claims.put(rows.getString(1), rows.getInt(3));
            }
        }
        figures.storedArticles = stored.size();
        answered.forEach((url1, outcome) -> {
            if ("CREATED".equals(outcome)) {
                assertEquals(1, stored.getOrDefault(url1, 0), url1 + " answered CREATED");
                assertEquals(claimsPerArticle(claims, answered), claims.get(url1), url1 + " claims");
            }
        });
        stored.keySet().forEach(url1 -> assertEquals("CREATED", answered.get(url1),
                url1 + " is stored, but its client was told " + answered.get(url1)));
    }

    /** The same text gives the same claims: the count of the first article answered CREATED before the outage. */
    private static int claimsPerArticle(Map<String, Integer> claims, Map<String, String> answered) {
        int count = answered.entrySet().stream().filter(e -> "CREATED".equals(e.getValue()))
                .mapToInt(e -> claims.getOrDefault(e.getKey(), 0)).max().orElse(0);
        assertTrue(count > 0, "no claims extracted from the soak's articles");
        return count;
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
