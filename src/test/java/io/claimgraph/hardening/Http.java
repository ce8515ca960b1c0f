package io.claimgraph.hardening;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.Fixtures;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.function.Function;

/** Raw HTTP exchanges with /graphql, timed, for the tests that send what no well-behaved client would. */
final class Http {

    private Http() {
    }

    record Answer(int status, String contentType, String body, long millis) {
        JsonPath json() {
            return JsonPath.from(body);
        }

        String code() {
            return json().getString("errors[0].extensions.code");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " in " + millis + " ms: "
                    + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
        }
    }

    static Answer exchange(Function<RequestSpecification, Response> call) {
        long started = System.nanoTime();
        Response response = call.apply(given().redirects().follow(false));
        String body = response.asString();
        return new Answer(response.statusCode(), response.contentType(), body,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * POSTs a prepared body over a plain socket, timing from the first byte sent to the last byte of the answer:
     * the server may answer (413) before the body is all sent, and the client's own work is not counted.
     */
    static Answer rawPost(byte[] body) throws java.io.IOException, InterruptedException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            String head = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
            long started = System.nanoTime();
            out.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            Thread sender = new Thread(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (java.io.IOException closedEarly) {
                    // the server answered and closed before taking it all: that is the point
                }
            });
            sender.setDaemon(true);
            sender.start();
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            int contentLength = -1;
            int headerEnd = -1;
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                raw.write(buffer, 0, n);
                String text = raw.toString(java.nio.charset.StandardCharsets.UTF_8);
                if (headerEnd < 0 && text.contains("\r\n\r\n")) {
                    headerEnd = text.indexOf("\r\n\r\n") + 4;
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                            .matcher(text);
                    contentLength = m.find() ? Integer.parseInt(m.group(1)) : -1;
                }
                if (headerEnd >= 0 && contentLength >= 0 && raw.size() >= headerEnd + contentLength) {
                    break;
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            String text = raw.toString(java.nio.charset.StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            java.util.regex.Matcher type = java.util.regex.Pattern.compile("(?im)^content-type:\\s*(\\S+)")
                    .matcher(text);
            return new Answer(status, type.find() ? type.group(1) : null, text.substring(headerEnd), millis);
        }
    }

    static Answer postJson(String json) {
        return exchange(r -> r.contentType("application/json").body(json).post("/graphql"));
    }

    /** The body is encoded before the clock starts: the bound is on the server, not on this client's JSON encoder. */
    static Answer post(String query, Map<String, Object> variables) {
        byte[] body = new io.vertx.core.json.JsonObject().put("query", query)
                .put("variables", new io.vertx.core.json.JsonObject(variables))
                .encode().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            return rawPost(body);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static Answer post(String query) {
        return post(query, Map.of());
    }

    /**
     * A clear refusal: the expected status (never 5xx), a GraphQL error with the expected code and a clean
     * message, no data, answered within the bound the issue sets (1 s).
     */
    static Answer assertRefused(Answer answer, int status, String code) {
        System.out.printf("refused: %d %s in %d ms%n", answer.status(), answer.code(), answer.millis());
        assertEquals(status, answer.status(), answer.toString());
        assertTrue(answer.status() < 500, answer.toString());
        assertTrue(answer.millis() < 1000, "took " + answer.millis() + " ms: " + answer);
        assertNotNull(answer.json().get("errors"), answer.toString());
        assertEquals(code, answer.code(), answer.toString());
        Fixtures.assertCleanMessage(answer.json().getString("errors[0].message"));
        Object data = answer.json().get("data");
        assertTrue(data == null || data instanceof Map<?, ?> m && m.values().stream().allMatch(v -> v == null),
                "no data expected: " + answer);
        return answer;
    }

    static String repeat(String s, int times) {
        return s.repeat(times);
    }
}
