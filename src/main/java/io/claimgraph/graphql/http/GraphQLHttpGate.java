package io.claimgraph.graphql.http;

import graphql.ExecutionInput;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.claimgraph.auth.AccessControl;
import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.graphql.ClientError;
import io.claimgraph.graphql.ErrorCodes;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

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
 * </ul>
 */
@ApplicationScoped
public class GraphQLHttpGate {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpGate.class);
    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";
    private static final String MEDIA_TYPE = "claimgraph.mediaType";
    private static final String REQUEST_ERROR = "claimgraph.requestError";
    private static final int CACHE_SIZE = 512;
    private static final int CACHE_MAX_QUERY = 16_384;

    private final ClaimgraphConfig.Graphql limits;
    private final AccessControl access;
    private final QueryAdmission admission;
    private final long maxBodyBytes;
    private final String path;
    private final int maxTokens;
    /** Summaries of documents that passed the checks, so repeated queries are not parsed twice per request. */
    private final Map<String, DocumentSummary> checked = Collections.synchronizedMap(
            new LinkedHashMap<>(CACHE_SIZE * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, DocumentSummary> eldest) {
                    return size() > CACHE_SIZE;
                }
            });

    public GraphQLHttpGate(ClaimgraphConfig config, AccessControl access, QueryAdmission admission,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000") int maxTokens) {
        this.limits = config.graphql();
        this.access = access;
        this.admission = admission;
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        this.maxTokens = maxTokens;
    }

    /** The operations of a document that passed the checks: name (null for an anonymous one) → is a mutation. */
    record DocumentSummary(Map<String, Boolean> operations) {
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
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return;
        }
        RoutingContext ctx = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        if (ctx != null) {
            ctx.put(REQUEST_ERROR, Boolean.TRUE);
        }
    }

    void gate(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.OPTIONS || "websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
            ctx.next(); // CORS preflight answered by the CORS filter; GraphQL over WebSocket is SmallRye's own
            return;
        }
        String mediaType = negotiate(ctx);
        if (mediaType == null) {
            refuse(ctx, 406, JSON, ErrorCodes.BAD_USER_INPUT,
                    "Accept must allow application/json or application/graphql-response+json", null);
            return;
        }
        ctx.put(MEDIA_TYPE, mediaType);
        ctx.addHeadersEndHandler(v -> {
            ctx.response().headers().set(HttpHeaders.CONTENT_TYPE, mediaType + ";charset=UTF-8");
            if (GRAPHQL_RESPONSE_JSON.equals(mediaType) && Boolean.TRUE.equals(ctx.get(REQUEST_ERROR))
                    && ctx.response().getStatusCode() == 200) {
                ctx.response().setStatusCode(400);
            }
        });

        String query;
        String operationName;
        if (method == HttpMethod.POST) {
            String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (!isJson(contentType)) {
                refuse(ctx, 415, mediaType, ErrorCodes.BAD_USER_INPUT, "Content-Type must be application/json", null);
                return;
            }
            Buffer body = ctx.body() == null ? null : ctx.body().buffer();
            if (body == null || body.length() == 0) {
                refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "The request body is empty: send {\"query\": \"...\"}", null);
                return;
            }
            Object decoded;
            try {
                decoded = Json.decodeValue(body);
            } catch (DecodeException e) {
                refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "The request body is not valid JSON", null);
                return;
            }
            if (!(decoded instanceof JsonObject request)) {
                refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "The request body must be a JSON object", null);
                return;
            }
            Object q = request.getValue("query");
            Object name = request.getValue("operationName");
            Object variables = request.getValue("variables");
            Object extensions = request.getValue("extensions");
            if (!(q instanceof String) || ((String) q).isBlank()) {
                refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "query must be a non-empty string", "query");
                return;
            }
            if (name != null && !(name instanceof String)) {
                refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "operationName must be a string", "operationName");
                return;
            }
            if (variables != null && !(variables instanceof JsonObject)) {
                refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "variables must be a JSON object", "variables");
                return;
            }
            if (extensions != null && !(extensions instanceof JsonObject)) {
                refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "extensions must be a JSON object", "extensions");
                return;
            }
            query = (String) q;
            operationName = (String) name;
        } else if (method == HttpMethod.GET) {
            query = ctx.request().getParam("query");
            operationName = ctx.request().getParam("operationName");
            String variables = ctx.request().getParam("variables");
            if (query == null || query.isBlank()) {
                refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "The query parameter is missing", "query");
                return;
            }
            if (variables != null && !variables.isBlank()) {
                try {
                    if (!(Json.decodeValue(variables) instanceof JsonObject)) {
                        throw new DecodeException("not an object");
                    }
                } catch (DecodeException e) {
                    refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "variables must be a JSON object", "variables");
                    return;
                }
            }
        } else {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
            refuse(ctx, 405, mediaType, ErrorCodes.BAD_USER_INPUT, "Use POST (or GET for queries)", null);
            return;
        }

        DocumentSummary summary;
        try {
            summary = summarise(query);
        } catch (ClientError e) {
            requestError(ctx, mediaType, ErrorCodes.of(e), e.getMessage(), e.field());
            return;
        }
        Boolean mutation;
        if (operationName != null && !operationName.isEmpty()) {
            mutation = summary.operations().get(operationName);
            if (mutation == null) {
                requestError(ctx, mediaType, ErrorCodes.BAD_USER_INPUT, ErrorCodes.clean("Unknown operation named '" + operationName + "'"),
                        "operationName");
                return;
            }
        } else if (summary.operations().size() == 1) {
            mutation = summary.operations().values().iterator().next();
        } else {
            requestError(ctx, mediaType, ErrorCodes.BAD_USER_INPUT,
                    summary.operations().isEmpty() ? "The document has no operation"
                            : "The document has several operations: name the one to run in operationName",
                    "operationName");
            return;
        }
        if (mutation && method == HttpMethod.GET) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            refuse(ctx, 405, mediaType, ErrorCodes.BAD_USER_INPUT, "Mutations must be sent with POST", null);
            return;
        }
        if (!access.needsToken(mutation)) {
            proceed(ctx, mediaType, mutation);
            return;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        // verifying may fetch a key set over the network the first time: not on the event loop
        ctx.vertx().<Optional<ClientError>>executeBlocking(() -> access.check(mutation, authorization), false)
                .onComplete(ar -> {
                    if (ar.failed()) {
                        ctx.fail(ar.cause());
                    } else if (ar.result().isPresent()) {
                        ClientError refusal = ar.result().get();
                        String code = ErrorCodes.of(refusal);
                        int status = ErrorCodes.UNAUTHENTICATED.equals(code) ? 401 : 403;
                        if (status == 401) {
                            ctx.response().putHeader("WWW-Authenticate", "Bearer");
                        }
                        refuse(ctx, status, mediaType, code, refusal.getMessage(), null);
                    } else {
                        proceed(ctx, mediaType, mutation);
                    }
                });
    }

    /** On to SmallRye's handler: a query when the admission lets it run, a mutation at once. */
    private void proceed(RoutingContext ctx, String mediaType, boolean mutation) {
        if (mutation) {
            ctx.next();
        } else if (!admission.admit(ctx)) {
            ctx.response().putHeader("Retry-After", "1");
            refuse(ctx, 503, mediaType, ErrorCodes.LIMIT_EXCEEDED, "Too many queries are waiting: try again shortly", null);
        }
    }

    /** Throws the refusal, as a client error, when the document is over a limit: for documents that come another way. */
    public void checkDocument(String query) {
        summarise(query);
    }

    /** Parses and measures the document; throws the refusal as a client error. */
    DocumentSummary summarise(String query) {
        DocumentSummary cached = checked.get(query);
        if (cached != null) {
            return cached;
        }
        Document document;
        try {
            ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(b -> b.maxTokens(maxTokens));
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(options).build());
        } catch (ParseCancelledException e) {
            throw new io.claimgraph.graphql.LimitExceededException("query",
                    "The query is longer than allowed (more than " + maxTokens + " tokens, or too deeply nested)");
        } catch (InvalidSyntaxException e) {
            if (e.getMessage() != null && e.getMessage().contains("parsing has been cancelled")) {
                throw new io.claimgraph.graphql.LimitExceededException("query", "The query is nested too deeply to parse");
            }
            throw new io.claimgraph.graphql.BadUserInputException("query", ErrorCodes.clean("Syntax error: " + e.getMessage()));
        }
        int[] counts = new int[2]; // fields, aliases
        Map<String, Boolean> operations = new LinkedHashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                operations.put(operation.getName(), operation.getOperation() == OperationDefinition.Operation.MUTATION);
                count(operation.getSelectionSet(), counts);
            } else if (definition instanceof FragmentDefinition fragment) {
                count(fragment.getSelectionSet(), counts);
            }
        }
        if (counts[1] > limits.maxAliases()) {
            throw new io.claimgraph.graphql.LimitExceededException("query",
                    "The query has " + counts[1] + " aliased fields; at most " + limits.maxAliases() + " are allowed");
        }
        if (counts[0] > limits.maxFields()) {
            throw new io.claimgraph.graphql.LimitExceededException("query",
                    "The query selects " + counts[0] + " fields; at most " + limits.maxFields() + " are allowed");
        }
        DocumentSummary summary = new DocumentSummary(operations);
        if (query.length() <= CACHE_MAX_QUERY) {
            checked.put(query, summary);
        }
        return summary;
    }

    private static void count(SelectionSet selectionSet, int[] counts) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                counts[0]++;
                if (field.getAlias() != null) {
                    counts[1]++;
                }
                count(field.getSelectionSet(), counts);
            } else if (selection instanceof InlineFragment fragment) {
                count(fragment.getSelectionSet(), counts);
            }
        }
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
        String id = ErrorCodes.correlationId();
        LOG.errorf(ctx.failure(), "Internal error, correlation id %s, on %s %s", id, ctx.request().method(), ctx.request().path());
        JsonObject error = error(ErrorCodes.INTERNAL, ErrorCodes.internalMessage(id), null);
        error.getJsonObject("extensions").put("correlationId", id);
        send(ctx, 500, mediaType, error);
    }

    /** A request error of GraphQL (nothing executed): 200 for application/json, 400 for graphql-response+json. */
    private static void requestError(RoutingContext ctx, String mediaType, String code, String message, String field) {
        refuse(ctx, GRAPHQL_RESPONSE_JSON.equals(mediaType) ? 400 : 200, mediaType, code, message, field);
    }

    private static void refuse(RoutingContext ctx, int status, String mediaType, String code, String message, String field) {
        LOG.debugf("Refused %s %s with %d %s: %s", ctx.request().method(), ctx.request().path(), status, code, message);
        send(ctx, status, mediaType, error(code, message, field));
    }

    private static void send(RoutingContext ctx, int status, String mediaType, JsonObject error) {
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, mediaType + ";charset=UTF-8")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    private static JsonObject error(String code, String message, String field) {
        JsonObject extensions = new JsonObject().put("code", code);
        if (field != null) {
            extensions.put("field", field);
        }
        return new JsonObject().put("message", message).put("extensions", extensions);
    }

    /** The response type the client accepts, by preference: graphql-response+json, json; null when neither. */
    static String negotiate(RoutingContext ctx) {
        List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return JSON;
        }
        for (MIMEHeader header : accepted) { // sorted by weight
            String type = mediaTypeOf(header.rawValue());
            if (type.equals(GRAPHQL_RESPONSE_JSON)) {
                return GRAPHQL_RESPONSE_JSON;
            }
            if (type.equals(JSON) || type.equals("application/*") || type.equals("*/*")
                    || type.equals("application/graphql+json")) {
                return JSON;
            }
        }
        return null;
    }

    /**
     * Whether a Content-Type names JSON. GraphiQL (the GraphQL UI) sends {@code application/json, application/json}:
     * its fetcher appends its own header to the default one, so a list of the same type is accepted too.
     */
    static boolean isJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return false;
        }
        for (String part : contentType.split(",")) {
            if (!mediaTypeOf(part).equals(JSON)) {
                return false;
            }
        }
        return true;
    }

    private static String mediaTypeOf(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
