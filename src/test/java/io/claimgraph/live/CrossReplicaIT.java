package io.claimgraph.live;

import static io.claimgraph.live.LiveSubscriptionTest.article;
import static io.claimgraph.live.LiveSubscriptionTest.data;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.FreshPostgresDatabase;
import io.claimgraph.PackagedApp;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two replicas of the packaged app on one PostgreSQL database: a client subscribed on one hears what is ingested
 * through the other (LISTEN/NOTIFY), with its filter applied, once per event.
 */
@EnabledIfSystemProperty(named = "it.dbKind", matches = "postgresql", disabledReason = "PostgreSQL build only (-Ppostgresql): replicas share a PostgreSQL database; H2 runs in one process")
class CrossReplicaIT {

    static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { outcome article { id } } }";

    @Test
    void aSubscriberOnOneReplicaHearsWhatTheOtherIngests() throws Exception {
        FreshPostgresDatabase.with("replicas", (url, user) -> {
            Map<String, String> properties = Map.of("quarkus.datasource.jdbc.url", url, "quarkus.datasource.username",
                    user,
                    "claimgraph.auth.enabled", "false");
            try (PackagedApp a = PackagedApp.start(properties, Map.of());
                    PackagedApp b = PackagedApp.start(properties, Map.of())) {
                run(a, b);
            }
        });
    }

    private void run(PackagedApp a, PackagedApp b) throws Exception {
        String run = LiveSubscriptionTest.run();
        String word = "zq" + run;
        try (GraphQLWsClient onA = GraphQLWsClient.connect(a.port(), null);
                GraphQLWsClient onB = GraphQLWsClient.connect(b.port(), null)) {
            String articlesOnA = onA.subscribe(LiveSubscriptionTest.ARTICLES, null);
            String filteredOnA = onA.subscribe(LiveSubscriptionTest.CLAIMS, Map.of("f", Map.of("text", word)));
            String articlesOnB = onB.subscribe(LiveSubscriptionTest.ARTICLES, null);
            OpenSubscriptions.await(a.port(), 2);
            OpenSubscriptions.await(b.port(), 1);

            Map<String, Object> plain = article(run, "plain",
                    "The ministry said on Monday that exports rose by 4 percent.");
            Map<String, Object> wanted = article(run, "wanted",
                    "The agency said on Monday that " + word + " shipments rose by 9 percent.");
            String plainId = ingest(b, plain);
            String wantedId = ingest(b, wanted);
            ingest(b, plain); // a duplicate: nobody hears of it

            JsonObject first = data(onA.next(articlesOnA)).getJsonObject("articleIngested");
            assertEquals(plainId, first.getString("id"));
            assertTrue(!first.getJsonArray("claims").isEmpty(), "replica A loads the rows B wrote: " + first.encode());
            assertEquals(wantedId, data(onA.next(articlesOnA)).getJsonObject("articleIngested").getString("id"));
            JsonObject claim = data(onA.next(filteredOnA)).getJsonObject("claimAdded");
            assertTrue(claim.getString("text").contains(word), claim.encode());
            assertEquals(wantedId, claim.getJsonObject("article").getString("id"));

            // B's own subscriber hears B's ingests once (directly, not again through the database)
            assertEquals(plainId, data(onB.next(articlesOnB)).getJsonObject("articleIngested").getString("id"));
            assertEquals(wantedId, data(onB.next(articlesOnB)).getJsonObject("articleIngested").getString("id"));

            // and the other way round
            String fromA = ingest(a,
                    article(run, "from-a", "Analysts said on Tuesday that imports fell by 2 percent."));
            assertEquals(fromA, data(onB.next(articlesOnB)).getJsonObject("articleIngested").getString("id"));
            assertEquals(fromA, data(onA.next(articlesOnA)).getJsonObject("articleIngested").getString("id"));
            assertNull(onA.poll(articlesOnA, 500), "no event twice, none for the duplicate");
            assertNull(onB.poll(articlesOnB, 200), "no event twice, none for the duplicate");
            assertNull(onA.poll(filteredOnA, 200), "only the matching claim");
        }
    }

    private static String ingest(PackagedApp app, Map<String, Object> article) {
        return given().port(app.port()).contentType("application/json")
                .body(Map.of("query", INGEST, "variables", Map.of("in", article)))
                .post("/graphql").then().statusCode(200).extract().jsonPath()
                .getString("data.ingestArticle.article.id");
    }

}
