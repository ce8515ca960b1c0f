package io.claimgraph.error;

import io.smallrye.graphql.api.ErrorCode;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The error codes every GraphQL error carries in {@code extensions.code}, and the rules for what a client may
 * read in a message: no class names, no stack traces, nothing longer than a sentence or two.
 */
public final class ErrorCodes {

    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String CONFLICT = "CONFLICT";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
    public static final String INGEST_DISABLED = "INGEST_DISABLED";
    public static final String INTERNAL = "INTERNAL";
    /** The database is away or the service too busy: retry after extensions.retryAfterSeconds. Never our bug. */
    public static final String UNAVAILABLE = "UNAVAILABLE";
    /** Seconds a client waits before retrying a query the admission refused (too many were waiting). */
    public static final int BUSY_RETRY_AFTER_SECONDS = 1;

    /** Longest message a client gets: graphql-java quotes argument values, and those can be megabytes. */
    static final int MAX_MESSAGE = 300;

    /** A fully qualified Java class name ("io.claimgraph.ingest.ArticleInput"): keep only the simple name. */
    private static final Pattern CLASS_NAME = Pattern
            .compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_]+)*");
    private static final Pattern UNKNOWN_SCALAR = Pattern.compile("Unknown Scalar Type \\[([^\\]]*)]");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorCodes() {
    }

    /** The code of a client error, from its {@link ErrorCode} annotation. */
    public static String of(ClientError error) {
        ErrorCode code = error.getClass().getAnnotation(ErrorCode.class);
        return code != null ? code.value() : BAD_USER_INPUT;
    }

    /** A message fit for a client: class names reduced to the GraphQL type name, cut to a readable length. */
    public static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "Bad request";
        }
        String cleaned = message.length() > 4 * MAX_MESSAGE ? message.substring(0, 4 * MAX_MESSAGE) : message;
        cleaned = UNKNOWN_SCALAR.matcher(cleaned).replaceAll("$1");
        cleaned = CLASS_NAME.matcher(cleaned).replaceAll("$1");
        if (cleaned.length() > MAX_MESSAGE) {
            cleaned = cleaned.substring(0, MAX_MESSAGE - 1) + "…";
        }
        return cleaned;
    }

    /** A short random id that ties an INTERNAL error in a response to its log line. */
    public static String correlationId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static String internalMessage(String correlationId) {
        return "Internal error; quote correlation id " + correlationId + " when reporting it";
    }
}
