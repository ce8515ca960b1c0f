package io.claimgraph.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** claimgraph.auth.queries-require-reader=true: queries need reader (or editor) too. */
@QuarkusTest
@TestProfile(QueriesNeedReaderTest.ReaderProfile.class)
public class QueriesNeedReaderTest {

    public static class ReaderProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(Tokens.authOn());
            config.put("claimgraph.auth.queries-require-reader", "true");
            return config;
        }
    }

    static final String QUERY = "{ articles(first: 1) { totalCount } }";

    @Test
    void queriesNeedAReaderOrEditorToken() {
        assertRefused(Mutations.post(QUERY, null), 401, "UNAUTHENTICATED");
        assertRefused(Mutations.post(QUERY, Tokens.expired()), 401, "UNAUTHENTICATED");
        assertRefused(Mutations.post(QUERY, Tokens.withGroups("viewer")), 403, "FORBIDDEN");
        for (String token : new String[]{Tokens.reader(), Tokens.editor()}) {
            Response response = Mutations.post(QUERY, token);
            assertEquals(200, response.statusCode(), response.asString());
            assertNull(response.jsonPath().get("errors"), response.asString());
        }
    }

    @Test
    void mutationsStillNeedEditor() {
        assertRefused(Mutations.post(Mutations.all().get("deleteArticle"), Tokens.reader()), 403, "FORBIDDEN");
        assertEquals("NOT_FOUND", Mutations.post(Mutations.all().get("deleteArticle"), Tokens.editor()).jsonPath()
                .getString("errors[0].extensions.code"));
    }

    private static void assertRefused(Response response, int status, String code) {
        assertEquals(status, response.statusCode(), response.asString());
        assertEquals(code, response.jsonPath().getString("errors[0].extensions.code"), response.asString());
    }
}
