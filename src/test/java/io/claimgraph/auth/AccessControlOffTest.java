package io.claimgraph.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** claimgraph.auth.enabled=false (dev mode, and the tests' default profile): no token needed, any token ignored. */
@QuarkusTest
public class AccessControlOffTest {

    @Test
    void mutationsRunWithoutATokenAndIgnoreBadOnes() {
        for (String token : new String[]{null, Tokens.expired(), Tokens.badlySigned(), Tokens.reader(), "garbage"}) {
            Map<String, String> mutations = Mutations.all();
            Response created = Mutations.post(mutations.get("createActor"), token);
            assertEquals(200, created.statusCode(), created.asString());
            assertNull(created.jsonPath().get("errors"), created.asString());
            Response deleted = Mutations.post(mutations.get("deleteArticle"), token);
            assertEquals("NOT_FOUND", deleted.jsonPath().getString("errors[0].extensions.code"), deleted.asString());
        }
    }
}
