package io.claimgraph.graphql;

import graphql.GraphQLContext;
import graphql.execution.AbortExecutionException;
import graphql.language.OperationDefinition;
import io.claimgraph.auth.AccessControl;
import io.claimgraph.error.ClientError;
import io.claimgraph.graphql.http.GraphQLHttpGate;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of {@link GraphQLHttpGate} for operations that arrive over a WebSocket, which the gate never sees: it
 * only lets the upgrade through. Each operation sent on the socket (a subscription, but clients may send queries and
 * mutations that way too) passes the same document limits and the same access control as over HTTP. The token is
 * the {@code Authorization} value of the {@code connection_init} payload, or the upgrade request's own
 * Authorization header for clients that can set one.
 */
@ApplicationScoped
@Unremovable // looked up by the GraphQL engine's instrumentation, injected nowhere
public class WebSocketOperations {

    /** Where SmallRye puts the connection_init payload and the upgrade request's headers. */
    static final String INIT_PAYLOAD = "init-payload";
    static final String HTTP_HEADERS = "httpHeaders";
    public static final String AUTHORIZATION = "Authorization";

    private final AccessControl access;
    private final GraphQLHttpGate gate;

    public WebSocketOperations(AccessControl access, GraphQLHttpGate gate) {
        this.access = access;
        this.gate = gate;
    }

    /** Whether this execution came over a WebSocket rather than an HTTP request. */
    public static boolean overWebSocket(GraphQLContext context) {
        return header(context, "Upgrade").filter(value -> value.equalsIgnoreCase("websocket")).isPresent();
    }

    /** Refuses the operation, with the error a client gets over HTTP, when the gate would have refused it. */
    public void check(GraphQLContext context, String query, OperationDefinition operation) {
        Optional<ClientError> refusal;
        try {
            gate.checkDocument(query);
            boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
            refusal = access.check(mutation, authorization(context));
        } catch (ClientError e) {
            refusal = Optional.of(e);
        }
        if (refusal.isPresent()) {
            throw new AbortExecutionException(List.of(ErrorShaping.requestError(refusal.get())));
        }
    }

    private static String authorization(GraphQLContext context) {
        Object payload = context.get(INIT_PAYLOAD);
        if (payload instanceof Map<?, ?> init) {
            Object value = init.get(AUTHORIZATION);
            if (value == null) {
                value = init.get("authorization");
            }
            if (value instanceof JsonString json) {
                return json.getString();
            }
            if (value instanceof String text) {
                return text;
            }
        }
        return header(context, AUTHORIZATION).orElse(null);
    }

    private static Optional<String> header(GraphQLContext context, String name) {
        if (!(context.get(HTTP_HEADERS) instanceof Map<?, ?> headers)) {
            return Optional.empty();
        }
        for (Map.Entry<?, ?> header : headers.entrySet()) {
            if (name.equalsIgnoreCase(String.valueOf(header.getKey())) && header.getValue() instanceof List<?> values
                    && !values.isEmpty()) {
                return Optional.ofNullable(values.get(0)).map(String::valueOf);
            }
        }
        return Optional.empty();
    }
}
