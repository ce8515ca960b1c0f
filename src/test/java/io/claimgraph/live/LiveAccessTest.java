package io.claimgraph.live;

import static io.claimgraph.live.LiveSubscriptionTest.firstErrorCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.claimgraph.auth.QueriesNeedReaderTest;
import io.claimgraph.auth.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Access control for what comes over a WebSocket, with access control on and queries needing a reader: the token
 * travels in the connection_init payload, and a mutation sent on the socket needs an editor as it does over HTTP.
 */
@QuarkusTest
@TestProfile(QueriesNeedReaderTest.ReaderProfile.class)
public class LiveAccessTest {

    static final String MUTATION = "mutation { createActor(input: {name: \"Socket Person\", type: PERSON}) { id } }";

    @Test
    void aSubscriptionNeedsAReaderTokenInTheInitPayload() throws Exception {
        assertEquals("UNAUTHENTICATED", refusal(null, LiveSubscriptionTest.ARTICLES));
        assertEquals("UNAUTHENTICATED", refusal(Tokens.expired(), LiveSubscriptionTest.ARTICLES));
        assertEquals("FORBIDDEN", refusal(Tokens.withGroups("viewer"), LiveSubscriptionTest.ARTICLES));
        try (GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, bearer(Tokens.reader()))) {
            String id = client.subscribe(LiveSubscriptionTest.ARTICLES, null);
            assertNull(client.poll(id, 500), "a reader's subscription stays open, with no error");
        }
    }

    @Test
    void aMutationOverTheSocketNeedsAnEditorAsOverHttp() throws Exception {
        assertEquals("UNAUTHENTICATED", refusal(null, MUTATION));
        assertEquals("FORBIDDEN", refusal(Tokens.reader(), MUTATION));
        try (GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, bearer(Tokens.editor()))) {
            String id = client.subscribe(MUTATION, null);
            JsonObject data = LiveSubscriptionTest.data(client.next(id));
            assertFalse(data.getJsonObject("createActor").getString("id").isEmpty());
        }
    }

    @Test
    void theGateLimitsApplyOnTheSocketToo() throws Exception {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            aliases.append(" a").append(i).append(": articles(first: 1) { totalCount }");
        }
        assertEquals("LIMIT_EXCEEDED", refusal(Tokens.reader(), aliases.append(" }").toString()));
    }

    private static String refusal(String token, String document) throws Exception {
        try (GraphQLWsClient client = GraphQLWsClient.connect(RestAssured.port, token == null ? null : bearer(token))) {
            String id = client.subscribe(document, null);
            JsonObject message = client.next(id);
            assertEquals("error", message.getString("type"), message.encode());
            return firstErrorCode(message);
        }
    }

    private static Map<String, Object> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
