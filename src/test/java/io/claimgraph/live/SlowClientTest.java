package io.claimgraph.live;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A real client that stops reading its socket: ingest goes on, other subscribers get every event, and the stalled
 * subscription is ended with LIMIT_EXCEEDED once its queue is full, instead of growing the server's memory.
 */
@QuarkusTest
@TestProfile(SlowClientTest.SmallQueue.class)
public class SlowClientTest {

    public static class SmallQueue implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // more than one batch's 10 events, so the reading client is never cut off by a burst however slowly the machine
            // schedules it; the stalled one, its socket buffers full after a few 400 kB events, falls 12 behind well before the 60 are in
            return Map.of("claimgraph.live.buffer-size", "12");
        }
    }

    static final int ARTICLES = 60;

    @Test
    void aStalledClientIsCutOffWhileTheOthersGetEverything() throws Exception {
        String run = LiveSubscriptionTest.run();
        // each event carries the body 40 times (aliases), about 400 kB: a few fill the socket buffers
        StringBuilder heavy = new StringBuilder("subscription { articleIngested { id");
        for (int i = 0; i < 40; i++) {
            heavy.append(" b").append(i).append(": body");
        }
        heavy.append(" } }");
        int before = OpenSubscriptions.on(RestAssured.port);
        try (GraphQLWsClient slow = GraphQLWsClient.connect(RestAssured.port, null,
                new HttpClientOptions().setReceiveBufferSize(4096));
                GraphQLWsClient fast = GraphQLWsClient.connect(RestAssured.port, null)) {
            String stalled = slow.subscribe(heavy.toString(), null);
            String following = fast.subscribe("subscription { articleIngested { id url } }", null);
            OpenSubscriptions.await(RestAssured.port, before + 2);
            slow.stopReading();

            for (int batch = 0; batch < ARTICLES / 10; batch++) {
                List<Map<String, Object>> articles = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    articles.add(
                            LiveSubscriptionTest.article(run, "slow-" + batch + "-" + i, body(run, batch * 10 + i)));
                }
                List<Object> outcomes = ok(
                        "mutation($in: [ArticleInput!]!) { ingestArticles(inputs: $in) { outcome } }",
                        vars("in", articles)).getList("data.ingestArticles.outcome");
                assertEquals(10, outcomes.stream().filter("CREATED"::equals).count(), outcomes.toString());
            }

            Set<String> received = new HashSet<>();
            for (int i = 0; i < ARTICLES; i++) {
                received.add(LiveSubscriptionTest.data(fast.next(following)).getJsonObject("articleIngested")
                        .getString("url"));
            }
            assertEquals(ARTICLES, received.size(), "the reading client got every article");
            OpenSubscriptions.await(RestAssured.port, before + 1); // the stalled subscription was ended by the server, the other one is open

            slow.resumeReading();
            int delivered = 0;
            JsonObject message;
            while ("next".equals((message = slow.next(stalled)).getString("type"))
                    && message.getJsonObject("payload").getValue("errors") == null) {
                delivered++;
            }
            assertEquals("LIMIT_EXCEEDED", LiveSubscriptionTest.firstErrorCode(message), message.encode());
            // the last message carries the error alone, not the article delivered before it once more
            assertNull(message.getJsonObject("payload").getValue("data"), message.encode());
            assertTrue(delivered < ARTICLES, "the stalled client did not get everything: " + delivered);
            assertEquals("complete", slow.next(stalled).getString("type"));
        }
    }

    private static String body(String run, int n) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 10; p++) {
            body.append("Paragraph ").append(p).append(" of filler ").append(n).append(" in run ").append(run)
                    .append(':');
            for (int w = 0; w < 150; w++) {
                body.append(' ').append("word").append(n).append('x').append(p).append('y').append(w);
            }
            body.append(".\n\n");
        }
        return body.toString();
    }
}
