package io.claimgraph;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app (target/quarkus-app/quarkus-run.jar, prod mode) in a process of its own, for the ITs that
 * must stop, kill or configure it differently from the one @QuarkusIntegrationTest shares between suites.
 */
public final class PackagedApp implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    public static final String CURSOR_KEY = "claimgraph.cursor.secret";
    public static final String CURSOR_KEY_VARIABLE = "CLAIMGRAPH_CURSOR_SECRET";

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The IT suite's database: jdbc url and user, as the build passes them to the packaged app. */
    public static String itSetting(String key) {
        for (String arg : System.getProperty("quarkus.test.arg-line", "").split("\\s+")) {
            if (arg.startsWith("-D" + key + "=")) {
                return arg.substring(key.length() + 3);
            }
        }
        return null;
    }

    /** The cursor key the build gives the IT suite's packaged app. */
    public static String itCursorKey() {
        String key = itSetting(CURSOR_KEY);
        if (key == null) {
            throw new IllegalStateException("no -D" + CURSOR_KEY + " in quarkus.test.arg-line (pom.xml, failsafe)");
        }
        return key;
    }

    /** Starts the jar with these system properties and environment, and waits until it is ready. */
    public static PackagedApp start(Map<String, String> properties, Map<String, String> environment)
            throws IOException, InterruptedException {
        PackagedApp app = launch(properties, environment);
        app.awaitReady(Duration.ofSeconds(90));
        return app;
    }

    /** Starts the jar with these JVM options too, and waits until it is ready. */
    public static PackagedApp start(List<String> jvmOptions, Map<String, String> properties,
            Map<String, String> environment)
            throws IOException, InterruptedException {
        PackagedApp app = launch(jvmOptions, properties, environment);
        app.awaitReady(Duration.ofSeconds(90));
        return app;
    }

    /** Starts the jar without waiting: for a start that is expected to fail. */
    public static PackagedApp launch(Map<String, String> properties, Map<String, String> environment)
            throws IOException {
        return launch(List.of(), properties, environment);
    }

    /** Starts the jar without waiting and without the suite's cursor key, which prod mode then refuses. */
    public static PackagedApp launchWithoutCursorKey(Map<String, String> properties, Map<String, String> environment)
            throws IOException {
        return launch(List.of(), properties, environment, false);
    }

    private static PackagedApp launch(List<String> jvmOptions, Map<String, String> properties,
            Map<String, String> environment)
            throws IOException {
        return launch(jvmOptions, properties, environment, true);
    }

    /**
     * With {@code cursorKey}, the suite's key (from the build's arg-line) unless the caller sets one: prod mode
     * refuses to start with the built-in key.
     */
    private static PackagedApp launch(List<String> jvmOptions, Map<String, String> properties,
            Map<String, String> environment,
            boolean cursorKey) throws IOException {
        int port = freePort();
        Path log = Files.createTempFile("claimgraph-app", ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        if (cursorKey && !properties.containsKey(CURSOR_KEY) && !environment.containsKey(CURSOR_KEY_VARIABLE)) {
            command.add("-D" + CURSOR_KEY + "=" + itCursorKey());
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(JAR.toString());
        // stdin from /dev/null: with a pipe from this JVM as its stdin the app was seen to get SIGTERM right after start
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (!cursorKey) {
            builder.environment().remove(CURSOR_KEY_VARIABLE); // not even one this JVM inherited
        }
        builder.environment().putAll(environment);
        return new PackagedApp(builder.start(), port, log);
    }

    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (given().port(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("App exited: " + log());
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("App did not become ready: " + log());
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** kill -9: no shutdown hook, no transaction ends cleanly. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
