package io.claimgraph.graphql.http;

import static io.claimgraph.graphql.http.ErrorResponses.refuse;
import static io.claimgraph.graphql.http.ErrorResponses.requestError;
import static io.claimgraph.graphql.http.MediaTypes.GRAPHQL_RESPONSE_JSON;
import static io.claimgraph.graphql.http.MediaTypes.JSON;

import graphql.ExecutionInput;
import io.claimgraph.auth.AccessControl;
import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.ClientError;
import io.claimgraph.error.DatabaseUnavailable;
import io.claimgraph.error.ErrorCodes;
import io.claimgraph.graphql.http.GraphQLRequestReader.GraphQLRequest;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HTTP side of /graphql, in front of SmallRye's handler: GraphQL over HTTP as the specification has it, and
 * the checks that need no schema, so that a hostile request is refused before the engine spends anything on it.
 * <ul>
 * <li>POST needs {@code Content-Type: application/json} (else 415) and a JSON object with a string {@code query}
 * (else 400); GET takes {@code query}, {@code operationName} and {@code variables} from the URL, and never runs a
 * mutation (405).</li>
 * <li>The response is {@code application/graphql-response+json} when the client asks for it, with 4xx for request
 * errors (nothing executed); otherwise, and for {@code *}{@code /*} or no Accept, {@code application/json}.</li>
 * <li>The document is parsed here with SmallRye's token limit; syntax errors, too many tokens, aliases or fields,
 * an unknown operation name: refused with a GraphQL error and its code.</li>
 * <li>Access control ({@link AccessControl}) for the selected operation.</li>
 * <li>Body over {@code quarkus.http.limits.max-body-size}: 413; anything unexpected: 500 with code INTERNAL and a
 * correlation id that is also logged.</li>
 * <li>The database away (code UNAVAILABLE, no data) with graphql-response+json, or too many queries waiting
 * ({@link QueryAdmission}): 503 with Retry-After.</li>
 * </ul>
 *
 * <p>This class puts the checks in order; the parts do them: {@link MediaTypes}, {@link GraphQLRequestReader},
 * {@link DocumentLimits}, {@link OperationAccess}, {@link QueryAdmission} and {@link ErrorResponses}.
 */
@ApplicationScoped
public class GraphQLHttpGate {

    private static final String MEDIA_TYPE = "claimgraph.mediaType";
    private static final String REQUEST_ERROR = "claimgraph.requestError";
    private static final String UNAVAILABLE = "claimgraph.unavailable";

    private final OperationAccess access;
    private final QueryAdmission admission;
    private final DocumentLimits documents;
    private final long maxBodyBytes;
    private final String path;

    public GraphQLHttpGate(ClaimgraphConfig config, AccessControl access, QueryAdmission admission,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000") int maxTokens) {
        this.access = new OperationAccess(access);
        this.admission = admission;
        this.documents = new DocumentLimits(config.graphql(), maxTokens);
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
    }

    void install(@Observes Router router) {
        // after the CORS and security filters (negative orders from -100 on), before SmallRye's route
        router.route(path).order(-50)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes))
                .handler(this::gate)
                .failureHandler(this::failure);
    }

    /** Called by the GraphQL instrumentation: the result has no data, so with graphql-response+json it is a 4xx. */
    public static void markRequestError(ExecutionInput input) {
        mark(REQUEST_ERROR, Boolean.TRUE);
    }

    /**
     * Called by the GraphQL instrumentation: the result has no data because the database is away (code
     * UNAVAILABLE), so with graphql-response+json it is a 503 with Retry-After; application/json stays 200.
     */
    public static void markUnavailable(ExecutionInput input, int retryAfterSeconds) {
        mark(UNAVAILABLE, retryAfterSeconds);
    }

    private static void mark(String key, Object value) {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return;
        }
        RoutingContext ctx = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (ctx != null) {
            ctx.put(key, value);
        }
    }

    void gate(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS
                || "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
            ctx.next(); // CORS preflight answered by the CORS filter; GraphQL over WebSocket is SmallRye's own
            return;
        }
        String mediaType = MediaTypes.negotiate(ctx);
        if (mediaType == null) {
            refuse(ctx, 406, JSON, ErrorCodes.BAD_USER_INPUT,
                    "Accept must allow application/json or application/graphql-response+json", null);
            return;
        }
        ctx.put(MEDIA_TYPE, mediaType);
        ctx.addHeadersEndHandler(v -> {
            ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, mediaType + ";charset=UTF-8");
            if (!GRAPHQL_RESPONSE_JSON.equals(mediaType) || ctx.response().getStatusCode() != 200) {
                return; // application/json answers 200 for every GraphQL result; refusals set their own status
            }
            if (ctx.get(UNAVAILABLE) instanceof Integer retryAfter) {
                ctx.response().setStatusCode(503).headers().set("Retry-After", String.valueOf(retryAfter));
            } else if (Boolean.TRUE.equals(ctx.get(REQUEST_ERROR))) {
                ctx.response().setStatusCode(400);
            }
        });
        GraphQLRequest request = GraphQLRequestReader.read(ctx, mediaType);
        if (request == null) {
            return;
        }
        boolean mutation;
        try {
            mutation = documents.summarise(request.query()).isMutation(request.operationName());
        } catch (ClientError e) {
            requestError(ctx, mediaType, ErrorCodes.of(e), e.getMessage(), e.field());
            return;
        }
        if (mutation && method == HttpMethod.GET) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(ctx, 405, mediaType, ErrorCodes.BAD_USER_INPUT, "Mutations must be sent with POST", null);
            return;
        }
        access.check(ctx, mediaType, mutation, () -> proceed(ctx, mediaType, mutation));
    }

    /** On to SmallRye's handler: a query when the admission lets it run, a mutation at once. */
    private void proceed(RoutingContext ctx, String mediaType, boolean mutation) {
        if (mutation) {
            ctx.next();
        } else if (!admission.admit(ctx)) {
            ErrorResponses.busy(ctx, mediaType);
        }
    }

    /** Throws the refusal, as a client error, when the document is over a limit: for documents that come another way. */
    public void checkDocument(String query) {
        documents.summarise(query);
    }

    void failure(RoutingContext ctx) {
        String mediaType = ctx.get(MEDIA_TYPE) != null ? ctx.get(MEDIA_TYPE) : JSON;
        if (ctx.response().headWritten()) {
            ctx.response().end();
            return;
        }
        if (ctx.statusCode() == 413) {
            refuse(ctx, 413, mediaType, ErrorCodes.LIMIT_EXCEEDED,
                    "The request body is larger than " + maxBodyBytes + " bytes", null);
            return;
        }
        if (ctx.failure() == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
            refuse(ctx, ctx.statusCode(), mediaType, ErrorCodes.BAD_USER_INPUT, "Bad request", null);
            return;
        }
        if (DatabaseUnavailable.is(ctx.failure())) {
            ErrorResponses.databaseUnavailable(ctx, mediaType);
            return;
        }
        ErrorResponses.internal(ctx, mediaType);
    }
}
