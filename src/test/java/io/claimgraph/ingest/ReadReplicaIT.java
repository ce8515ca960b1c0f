package io.claimgraph.ingest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.PackagedApp;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged app as a read replica: it answers queries, refuses ingest with INGEST_DISABLED, and the JVM never
 * loads the language tooling (OpenNLP) or the classes that read the models and the gazetteer, not at start, not for a
 * query, not for a refused ingest.
 */
class ReadReplicaIT {

    @Test
    void readReplicaNeverLoadsTheLanguageModelsOrTheGazetteer() throws Exception {
        Path classLog = Files.createTempFile("claimgraph-classes", ".log");
        Map<String, String> properties = new HashMap<>();
        properties.put("quarkus.datasource.jdbc.url", PackagedApp.itSetting("quarkus.datasource.jdbc.url"));
        properties.put("quarkus.datasource.username", PackagedApp.itSetting("quarkus.datasource.username"));
        properties.put("claimgraph.auth.enabled", "false");
        properties.put("claimgraph.ingest.enabled", "false");
        try (PackagedApp app = PackagedApp.start(List.of("-Xlog:class+load=info:file=" + classLog), properties,
                Map.of())) {
            JsonPath read = graphql(app,
                    "{ articles(first: 5) { totalCount edges { node { headline claims { text } } } } }");
            assertTrue(read.get("errors") == null, read.prettify());
            JsonPath refused = graphql(app,
                    "mutation { ingestArticle(input: {url: \"https://news.example/replica-it\", "
                            + "headline: \"Harbour\", body: \"The harbour reopened on Monday, the port authority said.\"}) { outcome } }");
            assertEquals("INGEST_DISABLED", refused.getString("errors[0].extensions.code"), refused.prettify());
            JsonPath ready = given().port(app.port()).get("/q/health/ready").then().statusCode(200).extract()
                    .jsonPath();
            assertEquals("disabled", ready.getString("checks.find { it.name == 'Extraction models' }.data.models"));

            String classes = Files.readString(classLog);
            assertTrue(classes.contains("io.claimgraph.model.Article "), "the class log records the app's classes");
            // the types of the extractor bean are known to the container, so an interface or two may be loaded; nothing
            // that reads a model or the gazetteer is
            for (String never : List.of("opennlp.", "io.claimgraph.ingest.extract.LanguageModels ",
                    "io.claimgraph.location.Gazetteer ",
                    "io.claimgraph.ingest.extract.GazetteerPlaceDirectory ", "io.claimgraph.ingest.extract.Lexicon ",
                    "io.claimgraph.ingest.extract.SentenceTagger ")) {
                assertFalse(classes.contains(never), "a read replica loaded " + never + "*");
            }
            assertFalse(app.log().contains("Extraction models and gazetteer loaded"), app.log());
        } finally {
            Files.deleteIfExists(classLog);
        }
    }

    private static JsonPath graphql(PackagedApp app, String query) {
        return given().port(app.port()).contentType(ContentType.JSON).body(Map.of("query", query))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }
}
