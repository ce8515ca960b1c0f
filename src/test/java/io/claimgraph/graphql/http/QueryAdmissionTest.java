package io.claimgraph.graphql.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The admission on a real Vert.x router and real HTTP: how many run, who waits, who is refused, who goes on next. */
class QueryAdmissionTest {

    private Vertx vertx;
    private HttpServer server;
    /** Requests that reached the handler behind the admission and hold their slot until the test answers them. */
    private final List<RoutingContext> running = new CopyOnWriteArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    private void serve(QueryAdmission admission) throws Exception {
        Router router = Router.router(vertx);
        router.route("/q").handler(ctx -> {
            if (!admission.admit(ctx)) {
                ErrorResponses.busy(ctx, MediaTypes.JSON); // the gate's refusal
            }
        }).handler(ctx -> {
            // as SmallRye's GraphQL handler does: it takes the response's own end handler for itself
            ctx.response().endHandler(v -> {
            });
            running.add(ctx);
        });
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** A POST, as GraphQL clients send: the JDK client sends a GET again by itself when its connection drops. */
    private CompletableFuture<HttpResponse<String>> send(String name) {
        return client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.actualPort() + "/q?n=" + name))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitRunning(int count) throws InterruptedException {
        for (int i = 0; i < 500 && running.size() < count; i++) {
            Thread.sleep(10);
        }
        assertEquals(count, running.size(), "requests past the admission");
    }

    private static void answer(RoutingContext ctx) {
        ctx.vertx().runOnContext(v -> ctx.response().end(ctx.request().getParam("n")));
    }

    @Test
    void runsAtMostTheLimitQueuesTheNextInOrderAndRefusesBeyondTheQueue() throws Exception {
        serve(new QueryAdmission(2, 2));
        var first = send("first");
        var second = send("second");
        awaitRunning(2);
        var third = send("third");
        Thread.sleep(100);
        var fourth = send("fourth");
        Thread.sleep(100);
        var fifth = send("fifth");

        HttpResponse<String> refused = fifth.get(10, TimeUnit.SECONDS);
        assertEquals(503, refused.statusCode());
        // a refusal the client can act on: retry after a second; UNAVAILABLE, never an error of its own query
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
        JsonObject error = new JsonObject(refused.body()).getJsonArray("errors").getJsonObject(0);
        assertEquals("UNAVAILABLE", error.getJsonObject("extensions").getString("code"), refused.body());
        assertEquals(1, error.getJsonObject("extensions").getInteger("retryAfterSeconds"), refused.body());
        Thread.sleep(200);
        assertEquals(2, running.size(), "the waiting ones have not started");
        assertFalse(third.isDone());

        answer(running.get(0));
        awaitRunning(3);
        assertEquals("third", running.get(2).request().getParam("n"), "the first to wait goes on first");
        answer(running.get(1));
        awaitRunning(4);
        assertEquals("fourth", running.get(3).request().getParam("n"));
        answer(running.get(2));
        answer(running.get(3));
        for (var response : List.of(first, second, third, fourth)) {
            assertEquals(200, response.get(10, TimeUnit.SECONDS).statusCode());
        }
    }

    @Test
    void aClientThatLeavesGivesItsSlotBack() throws Exception {
        serve(new QueryAdmission(1, 10));
        var first = send("first");
        awaitRunning(1);
        running.get(0).request().connection().close(); // the client's connection drops while its query runs
        var second = send("second");
        awaitRunning(2);
        assertEquals("second", running.get(1).request().getParam("n"));
        answer(running.get(1));
        assertEquals(200, second.get(10, TimeUnit.SECONDS).statusCode());
        first.cancel(true);
    }
}
