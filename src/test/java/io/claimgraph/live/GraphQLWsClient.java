package io.claimgraph.live;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A GraphQL over WebSocket client (the graphql-transport-ws protocol, as graphql-ws speaks it) on Vert.x's own
 * WebSocket client: connection_init and its ack, subscribe, next/error/complete per operation id, close codes.
 */
public final class GraphQLWsClient implements AutoCloseable {

    private static final long WAIT_SECONDS = 20;

    private final Vertx vertx;
    private final HttpClient http;
    private final WebSocket socket;
    private final Map<String, BlockingQueue<JsonObject>> byOperation = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonObject> control = new LinkedBlockingQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Short closeStatus;

    private GraphQLWsClient(Vertx vertx, HttpClient http, WebSocket socket) {
        this.vertx = vertx;
        this.http = http;
        this.socket = socket;
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            String id = message.getString("id");
            if (id == null) {
                control.add(message);
            } else {
                queue(id).add(message);
            }
        });
        socket.closeHandler(v -> closeStatus = socket.closeStatusCode());
    }

    /** Connects to ws://localhost:port/graphql and completes the connection_init handshake with this payload. */
    public static GraphQLWsClient connect(int port, Map<String, Object> initPayload) throws Exception {
        return connect(port, initPayload, new HttpClientOptions());
    }

    /** As {@link #connect(int, Map)}, with these socket options (a small receive buffer, say). */
    static GraphQLWsClient connect(int port, Map<String, Object> initPayload, HttpClientOptions options)
            throws Exception {
        Vertx vertx = Vertx.vertx();
        HttpClient http = vertx.createHttpClient(options.setMaxWebSocketFrameSize(16 * 1024 * 1024)
                .setMaxWebSocketMessageSize(64 * 1024 * 1024));
        WebSocketConnectOptions connect = new WebSocketConnectOptions().setHost("localhost").setPort(port)
                .setURI("/graphql")
                .setSubProtocols(List.of("graphql-transport-ws"));
        WebSocket socket = http.webSocket(connect).toCompletionStage().toCompletableFuture().get(WAIT_SECONDS,
                TimeUnit.SECONDS);
        GraphQLWsClient client = new GraphQLWsClient(vertx, http, socket);
        JsonObject init = new JsonObject().put("type", "connection_init");
        if (initPayload != null) {
            init.put("payload", new JsonObject(initPayload));
        }
        client.send(init);
        JsonObject ack = client.control.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (ack == null || !"connection_ack".equals(ack.getString("type"))) {
            throw new AssertionError("No connection_ack, got " + ack + ", close status " + client.closeStatus);
        }
        return client;
    }

    /** Sends a subscribe message; returns its operation id. */
    public String subscribe(String query, Map<String, Object> variables) {
        String id = String.valueOf(ids.incrementAndGet());
        JsonObject payload = new JsonObject().put("query", query);
        if (variables != null) {
            payload.put("variables", new JsonObject(variables));
        }
        send(new JsonObject().put("type", "subscribe").put("id", id).put("payload", payload));
        return id;
    }

    /** The next message of this operation (next, error or complete); fails after a while without one. */
    JsonObject next(String id) throws InterruptedException {
        JsonObject message = queue(id).poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("No message for operation " + id + " within " + WAIT_SECONDS + " s");
        }
        return message;
    }

    /** The next message of this operation if one comes within the time given, else null. */
    public JsonObject poll(String id, long millis) throws InterruptedException {
        return queue(id).poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Stops reading from the socket, as a client that cannot keep up does. */
    void stopReading() {
        socket.pause();
    }

    /** Reads from the socket again. */
    void resumeReading() {
        socket.resume();
    }

    private BlockingQueue<JsonObject> queue(String id) {
        return byOperation.computeIfAbsent(id, k -> new LinkedBlockingQueue<>());
    }

    private void send(JsonObject message) {
        socket.writeTextMessage(message.encode());
    }

    @Override
    public void close() throws Exception {
        try {
            socket.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            http.close();
            vertx.close();
        }
    }
}
