package io.claimgraph.live;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions over a real WebSocket (graphql-transport-ws) while articles are ingested over HTTP: what arrives,
 * in which order, with the server-side filter, and what never arrives (duplicates, rejected and rolled-back writes).
 */
@QuarkusTest
public class LiveSubscriptionTest {

    static final String ARTICLES = "subscription { articleIngested { id url headline claims { id text } } }";
    static final String CLAIMS = "subscription($f: ClaimFilter) { claimAdded(filter: $f) { id text certainty article { id url } } }";
    static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { outcome article { id } } }";
    static final String INGEST_ALL = "mutation($in: [ArticleInput!]!) { ingestArticles(inputs: $in) { outcome warnings article { id } } }";

    @Test
    void anIngestedArticleArrivesOnceWithItsNestedFields() throws Exception {
        String run = run();
        try (GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, null)) {
            String id = subscribed(client, ARTICLES, null);
            Map<String, Object> first = article(run, "first",
                    "The ministry said on Monday that exports rose by 4 percent.");
            String storedId = ok(INGEST, vars("in", first)).getString("data.ingestArticle.article.id");
            ok(INGEST, vars("in", first)); // DUPLICATE: not an event
            Map<String, Object> second = article(run, "second",
                    "Analysts said on Tuesday that imports fell by 2 percent.");
            ok(INGEST, vars("in", second));

            JsonObject event = data(client.next(id)).getJsonObject("articleIngested");
            assertEquals(storedId, event.getString("id"));
            assertEquals(first.get("url"), event.getString("url"));
            assertFalse(event.getJsonArray("claims").isEmpty(), event.encode());
            assertEquals(second.get("url"), data(client.next(id)).getJsonObject("articleIngested").getString("url"),
                    "the duplicate must not have been announced");
        }
    }

    @Test
    void claimAddedOnlySendsClaimsMatchingTheFilter() throws Exception {
        String run = run();
        String word = "zq" + run; // a word only the second article's claims contain
        try (GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, null)) {
            String filtered = subscribed(client, CLAIMS, vars("f", vars("text", word)));
            String all = subscribed(client, CLAIMS, null);
            ok(INGEST,
                    vars("in", article(run, "plain", "The ministry said on Monday that exports rose by 4 percent.")));
            String wanted = ok(INGEST, vars("in", article(run, "wanted", "The agency said on Monday that " + word
                    + " shipments rose by 9 percent."))).getString("data.ingestArticle.article.id");

            JsonObject claim = data(client.next(filtered)).getJsonObject("claimAdded");
            assertTrue(claim.getString("text").contains(word), claim.encode());
            assertEquals(wanted, claim.getJsonObject("article").getString("id"));
            assertNull(client.poll(filtered, 300), "only the matching claim");
            // the unfiltered subscription saw the first article's claim before the second's
            assertFalse(data(client.next(all)).getJsonObject("claimAdded").getString("text").contains(word));
        }
    }

    @Test
    void aClaimAddedByHandIsAnnouncedWithoutTheArticle() throws Exception {
        String run = run();
        String articleId = ok(INGEST,
                vars("in", article(run, "base", "The ministry said on Monday that exports rose by 4 percent.")))
                .getString("data.ingestArticle.article.id");
        try (GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, null)) {
            String articles = subscribed(client, ARTICLES, null);
            String claims = subscribed(client, CLAIMS, vars("f", vars("articleId", articleId)));
            String claimId = ok("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }",
                    vars("in",
                            vars("articleId", articleId, "text", "Harbour traffic doubled, an official said " + run)))
                    .getString("data.createClaim.id");
            assertEquals(claimId, data(client.next(claims)).getJsonObject("claimAdded").getString("id"));
            assertNull(client.poll(articles, 300), "no article was ingested");
        }
    }

    @Test
    void eachEventReadsTheRowsAsTheyAreNow() throws Exception {
        // a subscription lives for many events: what one event loaded must not be served to the next from a cache
        String run = run();
        Map<String, Object> before = article(run, "edited",
                "The ministry said on Monday that exports rose by 4 percent.");
        String articleId = ok(INGEST, vars("in", before)).getString("data.ingestArticle.article.id");
        try (GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, null)) {
            String claims = subscribed(client,
                    "subscription($f: ClaimFilter) { claimAdded(filter: $f) { id article { id headline } } }",
                    vars("f", vars("articleId", articleId)));
            ok("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }", vars("in",
                    vars("articleId", articleId, "text", "Harbour traffic doubled, an official said " + run)));
            assertEquals(before.get("headline"),
                    data(client.next(claims)).getJsonObject("claimAdded").getJsonObject("article")
                            .getString("headline"));

            Map<String, Object> after = new java.util.HashMap<>(before);
            after.put("headline", "Corrected " + before.get("headline"));
            after.put("body",
                    "The agency said on Tuesday that imports fell by 2 percent. Corrected story of run " + run);
            assertEquals("UPDATED", ok(INGEST, vars("in", after)).getString("data.ingestArticle.outcome"));
            JsonObject event = data(client.next(claims)).getJsonObject("claimAdded");
            assertEquals(articleId, event.getJsonObject("article").getString("id"));
            assertEquals(after.get("headline"), event.getJsonObject("article").getString("headline"),
                    "the second event shows the article as stored now");
        }
    }

    @Test
    void rejectedAndRolledBackIngestsPublishNothing() throws Exception {
        String run = run();
        try (GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, null)) {
            String id = subscribed(client, ARTICLES, null);
            // a rejected article in a batch: only the good one is announced
            Map<String, Object> good = article(run, "good",
                    "The ministry said on Monday that exports rose by 4 percent.");
            List<Object> outcomes = ok(INGEST_ALL,
                    vars("in", List.of(vars("url", "", "headline", "x", "body", "y"), good)))
                    .getList("data.ingestArticles.outcome");
            assertEquals(List.of("REJECTED", "CREATED"), outcomes);
            assertEquals(good.get("url"), data(client.next(id)).getJsonObject("articleIngested").getString("url"));

            // eight clients race to store one article: the losers' transactions roll back, one event goes out
            Map<String, Object> contested = article(run, "contested",
                    "Officials said on Monday that trade rose by 3 percent.");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<String> ingest = () -> {
                    start.await();
                    return ok(INGEST, vars("in", contested)).getString("data.ingestArticle.outcome");
                };
                results.add(pool.submit(ingest));
            }
            start.countDown();
            int created = 0;
            for (Future<String> result : results) {
                created += "CREATED".equals(result.get()) ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(1, created);
            Map<String, Object> last = article(run, "last", "Analysts said on Tuesday that imports fell by 2 percent.");
            ok(INGEST, vars("in", last));
            assertEquals(contested.get("url"), data(client.next(id)).getJsonObject("articleIngested").getString("url"));
            assertEquals(last.get("url"), data(client.next(id)).getJsonObject("articleIngested").getString("url"),
                    "exactly one event for the contested article");
        }
    }

    @Test
    void aBadFilterIsRefusedAtOnceWithACode() throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, null)) {
            String id = client.subscribe(CLAIMS, vars("f", vars("actorId", "not-a-number")));
            JsonObject message = client.next(id);
            assertEquals("BAD_USER_INPUT", firstErrorCode(message), message.encode());
        }
    }

    @Test
    void aClosedConnectionEndsItsSubscriptions() throws Exception {
        int before = OpenSubscriptions.on(RestAssured.port);
        GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, null);
        subscribed(client, ARTICLES, null);
        client.close();
        OpenSubscriptions.await(RestAssured.port, before);
    }

    /** Subscribes and waits until the server has registered it (the protocol has no acknowledgement for that). */
    private String subscribed(GraphQLWsClient client, String query, Map<String, Object> variables)
            throws InterruptedException {
        int before = OpenSubscriptions.on(RestAssured.port);
        String id = client.subscribe(query, variables);
        OpenSubscriptions.await(RestAssured.port, before + 1);
        return id;
    }

    static JsonObject data(JsonObject message) {
        assertEquals("next", message.getString("type"), message.encode());
        JsonObject payload = message.getJsonObject("payload");
        assertNull(payload.getValue("errors"), payload.encode());
        return payload.getJsonObject("data");
    }

    static String firstErrorCode(JsonObject message) {
        Object payload = message.getValue("payload");
        io.vertx.core.json.JsonArray errors = payload instanceof io.vertx.core.json.JsonArray array ? array
                : ((JsonObject) payload).getJsonArray("errors");
        return errors.getJsonObject(0).getJsonObject("extensions").getString("code");
    }

    static Map<String, Object> article(String run, String name, String body) {
        return vars("url", "https://live.example/" + run + "/" + name, "headline", "Live " + name + " " + run,
                "body", body + " Story " + name + " of run " + run + ".");
    }

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
