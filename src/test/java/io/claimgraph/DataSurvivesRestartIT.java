package io.claimgraph;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The packaged app in prod mode keeps its data in H2 files under claimgraph.data-dir: an article ingested
 * before a stop is still there after the next start. (A PostgreSQL build keeps its data in PostgreSQL.)
 */
@DisabledIfSystemProperty(named = "it.dbKind", matches = "postgresql")
class DataSurvivesRestartIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void articleIsStillThereAfterStopAndStart() throws Exception {
        Path dataDir = Files.createTempDirectory("claimgraph-data");
        int port = freePort();

        Process first = start(dataDir, port);
        String id;
        try {
            JsonPath created = graphql(port, "mutation { ingestArticle(input: {url: \"https://news.example/durable\", "
                    + "headline: \"Durable\", body: \"Stored on disk before the restart.\"}) { outcome article { id } } }");
            assertEquals("CREATED", created.getString("data.ingestArticle.outcome"));
            id = created.getString("data.ingestArticle.article.id");
        } finally {
            stop(first);
        }

        Process second = start(dataDir, port);
        try {
            JsonPath read = graphql(port, "{ article(id: \"" + id + "\") { headline body } }");
            assertEquals("Durable", read.getString("data.article.headline"));
            assertEquals("Stored on disk before the restart.", read.getString("data.article.body"));
        } finally {
            stop(second);
        }
        assertTrue(Files.list(dataDir).anyMatch(f -> f.getFileName().toString().startsWith("claimgraph")),
                "H2 files in the data dir");
    }

    private static Process start(Path dataDir, int port) throws IOException, InterruptedException {
        Path log = Files.createTempFile("claimgraph-run", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBinary(), "-jar", JAR.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("CLAIMGRAPH_DATA_DIR", dataDir.toString());
        // prod mode turns access control on; this test is about the data, not about tokens
        builder.environment().put("CLAIMGRAPH_AUTH_ENABLED", "false");
        builder.environment().put(PackagedApp.CURSOR_KEY_VARIABLE, PackagedApp.itCursorKey());
        Process process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("App exited: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("App did not become ready: " + Files.readString(log));
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static JsonPath graphql(int port, String query) {
        return given().port(port).contentType(ContentType.JSON).body(Map.of("query", query))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
