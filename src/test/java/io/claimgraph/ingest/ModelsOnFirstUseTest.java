package io.claimgraph.ingest;

import static io.claimgraph.GraphQL.ok;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An ingest writer with claimgraph.ingest.warm-up=false loads its models at the first ingest, and its readiness says
 * so: on-first-use and not loaded before, loaded (with the time it took) after.
 */
@QuarkusTest
@TestProfile(ModelsOnFirstUseTest.OnFirstUse.class)
class ModelsOnFirstUseTest {

    public static class OnFirstUse implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimgraph.ingest.warm-up", "false");
        }
    }

    @Test
    void readinessFollowsTheModelsFromNotLoadedToLoaded() {
        Map<String, Object> before = modelsCheck();
        assertEquals("enabled", before.get("ingest"), before.toString());
        assertEquals("on-first-use", before.get("load"), before.toString());
        assertEquals("not-loaded", before.get("models"), before.toString());

        String outcome = ok(
                "mutation { ingestArticle(input: {url: \"https://news.example/first-use\", headline: \"Harbour\", "
                        + "body: \"The harbour reopened on Monday, the port authority said.\"}) { outcome } }")
                .getString("data.ingestArticle.outcome");
        assertEquals("CREATED", outcome);

        Map<String, Object> after = modelsCheck();
        assertEquals("loaded", after.get("models"), after.toString());
        assertTrue(((Number) after.get("loadMillis")).longValue() >= 0, after.toString());
    }

    static Map<String, Object> modelsCheck() {
        return given().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getMap("checks.find { it.name == 'Extraction models' }.data");
    }
}
