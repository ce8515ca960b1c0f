package io.claimgraph.ingest;

import static io.claimgraph.GraphQL.errorCode;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A read replica (claimgraph.ingest.enabled=false) serves queries and every mutation but ingest, which it refuses with
 * INGEST_DISABLED, writing nothing and never loading the language models.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.ReadReplica.class)
class ReadReplicaTest {

    public static class ReadReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // sample data on too: a replica that cannot ingest must still start, without them
            return Map.of("claimgraph.ingest.enabled", "false", "claimgraph.sample-data.enabled", "true");
        }
    }

    static final String INGEST_ONE = "mutation { ingestArticle(input: {url: \"https://news.example/replica-1\", "
            + "headline: \"Harbour reopens\", body: \"The harbour reopened on Monday, the port authority said.\"}) "
            + "{ outcome article { id } } }";
    static final String INGEST_BATCH = "mutation { ingestArticles(inputs: [{url: \"https://news.example/replica-2\", "
            + "headline: \"Harbour reopens\", body: \"The harbour reopened on Monday, the port authority said.\"}]) "
            + "{ outcome } }";

    @Test
    void ingestMutationsAreRefusedWithACodeAndWriteNothing() {
        int before = ok("{ articles { totalCount } }").getInt("data.articles.totalCount");
        for (String mutation : new String[]{INGEST_ONE, INGEST_BATCH}) {
            JsonPath answer = post(mutation);
            assertEquals("INGEST_DISABLED", errorCode(answer), mutation);
            assertNull(answer.get("data"), "no partial data: " + answer.prettify());
            String message = answer.getString("errors[0].message");
            assertTrue(message.contains("ingest service"), message);
            assertFalse(message.contains("claimgraph.") || message.contains("Exception"), message);
        }
        assertEquals(before, ok("{ articles { totalCount } }").getInt("data.articles.totalCount"));
    }

    @Test
    void otherMutationsAndQueriesStillWork() {
        String id = ok(
                "mutation { createActor(input: {name: \"Port Authority of Replica\", type: ORGANIZATION}) { id } }")
                .getString("data.createActor.id");
        assertEquals("Port Authority of Replica",
                ok("{ actor(id: \"" + id + "\") { name } }").getString("data.actor.name"));
    }

    @Test
    void readinessSaysIngestIsOffAndTheModelsWereNeverLoaded() {
        post(INGEST_ONE); // a refused ingest must not load them either
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", ready.getString("status"));
        Map<String, Object> data = ready.getMap("checks.find { it.name == 'Extraction models' }.data");
        assertEquals("disabled", data.get("ingest"), data.toString());
        assertEquals("disabled", data.get("models"), data.toString());
        assertFalse(data.containsKey("loadMillis"), data.toString());
    }
}
