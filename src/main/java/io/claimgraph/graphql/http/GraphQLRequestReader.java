package io.claimgraph.graphql.http;

import static io.claimgraph.graphql.http.ErrorResponses.refuse;

import io.claimgraph.error.ErrorCodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads the document and operation name of a GraphQL-over-HTTP request: from a POST's JSON body (which must be
 * JSON, an object, with a non-empty string query) or a GET's URL parameters. The variables are only checked for
 * shape here; SmallRye reads them again.
 */
final class GraphQLRequestReader {

    /** What the gate needs of a request: the document and the operation to run (null or empty when not named). */
    record GraphQLRequest(String query, String operationName) {
    }

    private GraphQLRequestReader() {
    }

    /** The request, or null when it was refused (the answer is then written). */
    static GraphQLRequest read(RoutingContext ctx, String mediaType) {
        HttpMethod method = ctx.request().method();
        if (method == HttpMethod.POST) {
            return fromBody(ctx, mediaType);
        }
        if (method == HttpMethod.GET) {
            return fromUrl(ctx, mediaType);
        }
        ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST, OPTIONS");
        refuse(ctx, 405, mediaType, ErrorCodes.BAD_USER_INPUT, "Use POST (or GET for queries)", null);
        return null;
    }

    private static GraphQLRequest fromBody(RoutingContext ctx, String mediaType) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (!MediaTypes.isJson(contentType)) {
            refuse(ctx, 415, mediaType, ErrorCodes.BAD_USER_INPUT, "Content-Type must be application/json", null);
            return null;
        }
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || body.length() == 0) {
            refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT,
                    "The request body is empty: send {\"query\": \"...\"}", null);
            return null;
        }
        Object decoded;
        try {
            decoded = Json.decodeValue(body);
        } catch (DecodeException e) {
            refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "The request body is not valid JSON", null);
            return null;
        }
        if (!(decoded instanceof JsonObject request)) {
            refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "The request body must be a JSON object", null);
            return null;
        }
        Object q = request.getValue("query");
        Object name = request.getValue("operationName");
        Object variables = request.getValue("variables");
        Object extensions = request.getValue("extensions");
        if (!(q instanceof String) || ((String) q).isBlank()) {
            refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "query must be a non-empty string", "query");
            return null;
        }
        if (name != null && !(name instanceof String)) {
            refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "operationName must be a string", "operationName");
            return null;
        }
        if (variables != null && !(variables instanceof JsonObject)) {
            refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "variables must be a JSON object", "variables");
            return null;
        }
        if (extensions != null && !(extensions instanceof JsonObject)) {
            refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "extensions must be a JSON object", "extensions");
            return null;
        }
        return new GraphQLRequest((String) q, (String) name);
    }

    private static GraphQLRequest fromUrl(RoutingContext ctx, String mediaType) {
        String query = ctx.request().getParam("query");
        String operationName = ctx.request().getParam("operationName");
        String variables = ctx.request().getParam("variables");
        if (query == null || query.isBlank()) {
            refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "The query parameter is missing", "query");
            return null;
        }
        if (variables != null && !variables.isBlank()) {
            try {
                if (!(Json.decodeValue(variables) instanceof JsonObject)) {
                    throw new DecodeException("not an object");
                }
            } catch (DecodeException e) {
                refuse(ctx, 400, mediaType, ErrorCodes.BAD_USER_INPUT, "variables must be a JSON object", "variables");
                return null;
            }
        }
        return new GraphQLRequest(query, operationName);
    }
}
