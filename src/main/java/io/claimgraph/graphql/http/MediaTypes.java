package io.claimgraph.graphql.http;

import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;

/** Content negotiation for /graphql: which response type the client accepts, and whether a request body is JSON. */
final class MediaTypes {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    static final String JSON = "application/json";

    private MediaTypes() {
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
