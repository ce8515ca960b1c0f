package io.claimgraph.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.PackagedApp;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged app in prod mode with access control on, as operators run it: the verification key from a file,
 * the issuer from configuration. (The other ITs run it with claimgraph.auth.enabled=false.)
 */
class AuthIT {

    @Test
    void mutationsNeedAnEditorTokenQueriesDoNot() throws Exception {
        Map<String, String> properties = database();
        properties.put("claimgraph.auth.enabled", "true");
        properties.put("mp.jwt.verify.publickey.location",
                Path.of("src/test/resources/auth/publicKey.pem").toAbsolutePath().toString());
        properties.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        try (PackagedApp app = PackagedApp.start(properties, Map.of())) {
            String deleteNothing = Mutations.all().get("deleteArticle");
            assertCode(post(app, deleteNothing, null), 401, "UNAUTHENTICATED");
            assertCode(post(app, deleteNothing, Tokens.expired()), 401, "UNAUTHENTICATED");
            assertCode(post(app, deleteNothing, Tokens.badlySigned()), 401, "UNAUTHENTICATED");
            assertCode(post(app, deleteNothing, Tokens.reader()), 403, "FORBIDDEN");
            assertCode(post(app, deleteNothing, Tokens.editor()), 200, "NOT_FOUND");
            Response created = post(app, Mutations.all().get("createActor"), Tokens.editor());
            assertEquals(200, created.statusCode(), created.asString());
            assertTrue(created.jsonPath().getString("data.createActor.id") != null, created.asString());
            Response query = post(app, "{ articles(first: 1) { totalCount } }", null);
            assertEquals(200, query.statusCode(), query.asString());
            assertTrue(query.jsonPath().get("errors") == null, query.asString());
        }
    }

    @Test
    void refusesToStartWithAccessControlOnAndNoKey() throws Exception {
        Map<String, String> properties = database();
        properties.put("claimgraph.auth.enabled", "true");
        PackagedApp app = PackagedApp.launch(properties, Map.of());
        try {
            assertTrue(app.process().waitFor(90, TimeUnit.SECONDS), "the app should have stopped");
            assertFalse(app.process().exitValue() == 0, "exit code");
            assertTrue(app.log().contains("no token verification key"), app.log());
        } finally {
            app.kill();
        }
    }

    private static Map<String, String> database() {
        Map<String, String> properties = new HashMap<>();
        properties.put("quarkus.datasource.jdbc.url", PackagedApp.itSetting("quarkus.datasource.jdbc.url"));
        properties.put("quarkus.datasource.username", PackagedApp.itSetting("quarkus.datasource.username"));
        return properties;
    }

    private static Response post(PackagedApp app, String query, String token) {
        var request = given().port(app.port()).contentType("application/json").body(Map.of("query", query));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql");
    }

    private static void assertCode(Response response, int status, String code) {
        assertEquals(status, response.statusCode(), response.asString());
        assertEquals(code, response.jsonPath().getString("errors[0].extensions.code"), response.asString());
    }
}
