package io.claimgraph.graphql.http;

import io.claimgraph.error.DatabaseUnavailable;
import io.claimgraph.error.ErrorCodes;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/** Writes the gate's answers that carry no data: a GraphQL errors list with extensions.code, and the status. */
final class ErrorResponses {

    /** Under the gate's name: these lines are the gate's refusals. */
    private static final Logger LOG = Logger.getLogger(GraphQLHttpGate.class);

    private ErrorResponses() {
    }

    /** A request error of GraphQL (nothing executed): 200 for application/json, 400 for graphql-response+json. */
    static void requestError(RoutingContext ctx, String mediaType, String code, String message, String field) {
        refuse(ctx, MediaTypes.GRAPHQL_RESPONSE_JSON.equals(mediaType) ? 400 : 200, mediaType, code, message, field);
    }

    /** A refusal with this HTTP status. */
    static void refuse(RoutingContext ctx, int status, String mediaType, String code, String message, String field) {
        LOG.debugf("Refused %s %s with %d %s: %s", ctx.request().method(), ctx.request().path(), status, code, message);
        send(ctx, status, mediaType, error(code, message, field));
    }

    /** Message of the admission's refusal: the queue of waiting queries is full. */
    static final String BUSY_MESSAGE = "Too many queries are waiting: try again shortly";

    /**
     * The admission's refusal: 503 with Retry-After and code UNAVAILABLE, whatever the media type, because no
     * GraphQL execution took place (as for the other refusals before execution, 413, 415). The client waits
     * {@link ErrorCodes#BUSY_RETRY_AFTER_SECONDS} and sends the query again.
     */
    static void busy(RoutingContext ctx, String mediaType) {
        unavailable(ctx, mediaType, BUSY_MESSAGE, ErrorCodes.BUSY_RETRY_AFTER_SECONDS);
    }

    /** A failure outside the GraphQL execution that the database caused by being away: 503, never INTERNAL. */
    static void databaseUnavailable(RoutingContext ctx, String mediaType) {
        LOG.warnf("Database unavailable on %s %s: %s", ctx.request().method(), ctx.request().path(),
                ctx.failure().getMessage());
        unavailable(ctx, mediaType, DatabaseUnavailable.MESSAGE, DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }

    static void unavailable(RoutingContext ctx, String mediaType, String message, int retryAfterSeconds) {
        LOG.debugf("Unavailable %s %s: %s", ctx.request().method(), ctx.request().path(), message);
        JsonObject error = error(ErrorCodes.UNAVAILABLE, message, null);
        error.getJsonObject("extensions").put("retryAfterSeconds", retryAfterSeconds);
        ctx.response().putHeader("Retry-After", String.valueOf(retryAfterSeconds));
        send(ctx, 503, mediaType, error);
    }

    /** A 500 with code INTERNAL and a correlation id, logged with the failure. */
    static void internal(RoutingContext ctx, String mediaType) {
        String id = ErrorCodes.correlationId();
        LOG.errorf(ctx.failure(), "Internal error, correlation id %s, on %s %s", id, ctx.request().method(),
                ctx.request().path());
        JsonObject error = error(ErrorCodes.INTERNAL, ErrorCodes.internalMessage(id), null);
        error.getJsonObject("extensions").put("correlationId", id);
        send(ctx, 500, mediaType, error);
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
}
