package io.claimgraph.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.claimgraph.PackagedApp;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The packaged app through the clients front ends and developers use: the Node tests in src/test/js drive it with
 * graphql-ws, Apollo Client, and GraphiQL in headless Chromium (node --test), and this test fails with their output
 * when one of them fails.
 *
 * <p>Needs Node.js 20+ with npm, the npm registry for the first {@code npm ci}, and /usr/bin/chromium for the
 * browser test (.ci/install-chromium). Where one is missing a local run skips with the reason; with CI=true it fails,
 * so that CI cannot pass without having run the clients.
 */
class ClientsIT {

    private static final Path JS = Path.of("src/test/js");
    private static final Path INSTALLED_STAMP = JS.resolve("node_modules/.claimgraph-lock-sha256");
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration NODE_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern COUNT = Pattern.compile("^ℹ (tests|pass|fail|cancelled|skipped) (\\d+)$");

    @Test
    void nodeClientTestsPass() throws Exception {
        requireTool("node");
        requireTool("npm");
        installPackages();

        List<String> command = new ArrayList<>(
                List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec"));
        try (Stream<Path> files = Files.list(JS)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".test.mjs")).sorted()
                    .forEach(command::add);
        }
        try (PackagedApp app = PackagedApp.start(database(), Map.of())) {
            Run node = run(command, Map.of("CLAIMGRAPH_URL", "http://localhost:" + app.port()), NODE_TIMEOUT);
            Map<String, Integer> counts = counts(node.output());
            if (node.exitCode() != 0) {
                fail("node --test failed (exit " + node.exitCode() + ", " + counts + "):\n" + node.output()
                        + "\n--- app log (tail) ---\n" + tail(app.log(), 8000));
            }
            // a run that found no test, or lost one to cancellation, must not pass as green
            assertTrue(counts.getOrDefault("tests", 0) > 0, () -> "node --test ran no test:\n" + node.output());
            assertEquals(0, counts.getOrDefault("fail", -1) + counts.getOrDefault("cancelled", 0), node::output);
            if (CI) {
                assertEquals(0, counts.getOrDefault("skipped", 0), () -> "CI skips no client test:\n" + node.output());
            }
        }
    }

    /** npm ci again only when node_modules is missing or was installed from another lock file. */
    private static void installPackages() throws Exception {
        String lock = sha256(Files.readAllBytes(JS.resolve("package-lock.json")));
        if (Files.isRegularFile(INSTALLED_STAMP) && Files.readString(INSTALLED_STAMP).equals(lock)) {
            return;
        }
        Run npm = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), NPM_TIMEOUT);
        assertEquals(0, npm.exitCode(), () -> "npm ci failed in " + JS + ":\n" + npm.output());
        Files.writeString(INSTALLED_STAMP, lock);
    }

    private static void requireTool(String tool) throws InterruptedException {
        String problem;
        try {
            Run version = run(List.of(tool, "--version"), Map.of(), Duration.ofSeconds(60));
            Matcher major = Pattern.compile("v?(\\d+)\\.").matcher(version.output());
            if (version.exitCode() != 0 || !major.find()) {
                problem = tool + " --version failed: " + version.output();
            } else if (tool.equals("node") && Integer.parseInt(major.group(1)) < 20) {
                problem = "node " + version.output().strip() + " is too old";
            } else {
                return;
            }
        } catch (IOException e) {
            problem = tool + " is not installed (" + e.getMessage() + ")";
        }
        if (CI) {
            fail(problem + ": CI must run the client tests");
        }
        Assumptions.abort(problem + ": the client tests need Node.js 20+ with npm");
    }

    private static Map<String, String> database() {
        Map<String, String> properties = new HashMap<>();
        properties.put("quarkus.datasource.jdbc.url", PackagedApp.itSetting("quarkus.datasource.jdbc.url"));
        properties.put("quarkus.datasource.username", PackagedApp.itSetting("quarkus.datasource.username"));
        // the clients play front ends of a deployment without access control; AuthIT covers tokens
        properties.put("claimgraph.auth.enabled", "false");
        return properties;
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs a command in src/test/js, copying its output into the test log as it comes. */
    private static Run run(List<String> command, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(JS.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread copier = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.out.println("[" + command.get(0) + "] " + line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException closed) {
                // the process was killed: what was read is kept
            }
        }, "clients-it-output");
        copier.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            // node starts Chromium: end the whole tree, not only the direct child
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            copier.join(10_000);
            synchronized (output) {
                fail(String.join(" ", command) + " did not finish within " + timeout + ":\n" + output);
            }
        }
        copier.join(10_000);
        synchronized (output) {
            return new Run(process.exitValue(), output.toString());
        }
    }

    /** The summary node --test prints at the end (spec reporter): tests, pass, fail, cancelled, skipped. */
    private static Map<String, Integer> counts(String output) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : output.split("\n")) {
            Matcher matcher = COUNT.matcher(line.strip());
            if (matcher.matches()) {
                counts.put(matcher.group(1), Integer.parseInt(matcher.group(2)));
            }
        }
        return counts;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String tail(String text, int chars) {
        return text.length() <= chars ? text : text.substring(text.length() - chars);
    }
}
