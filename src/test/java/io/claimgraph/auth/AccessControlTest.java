package io.claimgraph.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** claimgraph.auth.enabled=true, as in production: every mutation against every kind of token. */
@QuarkusTest
@TestProfile(AuthOnProfile.class)
public class AccessControlTest {

    static final String COUNT = "{ articles { totalCount } actors { totalCount } locations { totalCount } claims { totalCount } }";

    @Test
    void theTestsCoverEveryMutationTheSchemaServes() {
        assertEquals(new TreeSet<>(Mutations.served()), new TreeSet<>(Mutations.all().keySet()));
    }

    @Test
    void withoutATokenEveryMutationIsUnauthenticatedAndChangesNothing() {
        assertEveryMutationRefused(null, 401, "UNAUTHENTICATED");
    }

    @Test
    void aTokenWithoutEditorIsForbidden() {
        assertEveryMutationRefused(Tokens.reader(), 403, "FORBIDDEN");
        assertEveryMutationRefused(Tokens.withGroups("viewer", "admin-of-something-else"), 403, "FORBIDDEN");
    }

    @Test
    void expiredOrBadlySignedTokensAreUnauthenticated() {
        assertEveryMutationRefused(Tokens.expired(), 401, "UNAUTHENTICATED");
        assertEveryMutationRefused(Tokens.badlySigned(), 401, "UNAUTHENTICATED");
        assertEveryMutationRefused("not.a.jwt", 401, "UNAUTHENTICATED");
    }

    @Test
    void anEditorTokenRunsEveryMutation() {
        String token = Tokens.editor();
        for (Map.Entry<String, String> mutation : Mutations.all().entrySet()) {
            Response response = Mutations.post(mutation.getValue(), token);
            assertEquals(200, response.statusCode(), mutation.getKey() + ": " + response.asString());
            String code = response.jsonPath().getString("errors[0].extensions.code");
            assertTrue(code == null || Set.of("NOT_FOUND", "BAD_USER_INPUT").contains(code),
                    mutation.getKey() + " with an editor token: " + response.asString());
        }
        // the creating ones really ran
        String created = Mutations.post(Mutations.all().get("createActor"), token).jsonPath()
                .getString("data.createActor.id");
        assertNotNull(created);
    }

    @Test
    void queriesStayOpenAndIgnoreBadTokens() {
        for (String token : new String[]{null, Tokens.expired(), Tokens.badlySigned(), "garbage"}) {
            Response response = Mutations.post(COUNT, token);
            assertEquals(200, response.statusCode(), response.asString());
            assertNull(response.jsonPath().get("errors"), response.asString());
        }
    }

    @Test
    void aTokenFromTheDevelopmentScriptIsAccepted() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("openssl") && onPath("bash"), "needs bash and openssl");
        Process process = new ProcessBuilder("bash", "scripts/mint-token.sh", "--key",
                "src/test/resources/auth/privateKey.pem",
                "--groups", "editor", "--issuer", Tokens.ISSUER).redirectErrorStream(false).start();
        String token = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        Response response = Mutations.post(Mutations.all().get("deleteArticle"), token);
        assertEquals("NOT_FOUND", response.jsonPath().getString("errors[0].extensions.code"), response.asString());

        Process reader = new ProcessBuilder("bash", "scripts/mint-token.sh", "--key",
                "src/test/resources/auth/privateKey.pem",
                "--groups", "reader", "--issuer", Tokens.ISSUER).start();
        String readerToken = new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(reader.waitFor(30, TimeUnit.SECONDS));
        assertEquals("FORBIDDEN", Mutations.post(Mutations.all().get("deleteArticle"), readerToken).jsonPath()
                .getString("errors[0].extensions.code"));
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() {
        given().header("Origin", AuthOnProfile.ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when().options("/graphql").then().statusCode(200)
                .header("Access-Control-Allow-Origin", AuthOnProfile.ALLOWED_ORIGIN);
        Response other = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql");
        assertNull(other.getHeader("Access-Control-Allow-Origin"), other.headers().toString());
        Response post = given().header("Origin", "https://evil.example").contentType("application/json")
                .body(Map.of("query", "{ articles { totalCount } }")).post("/graphql");
        assertNull(post.getHeader("Access-Control-Allow-Origin"));
        assertEquals(403, post.statusCode(), post.asString());
    }

    private static void assertEveryMutationRefused(String token, int status, String code) {
        String before = Mutations.post(COUNT, null).asString();
        for (Map.Entry<String, String> mutation : Mutations.all().entrySet()) {
            Response response = Mutations.post(mutation.getValue(), token);
            assertEquals(status, response.statusCode(), mutation.getKey() + ": " + response.asString());
            assertEquals(code, response.jsonPath().getString("errors[0].extensions.code"),
                    mutation.getKey() + ": " + response.asString());
            assertNull(response.jsonPath().get("data"), mutation.getKey() + ": nothing may run");
            Fixtures.assertCleanMessage(response.jsonPath().getString("errors[0].message"));
            if (status == 401) {
                assertEquals("Bearer", response.getHeader("WWW-Authenticate"));
            }
        }
        assertEquals(before, Mutations.post(COUNT, null).asString(), "a refused mutation changed data");
    }

    private static boolean onPath(String tool) {
        for (String dir : List.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    static {
        assertFalse(Mutations.all().isEmpty());
    }
}
