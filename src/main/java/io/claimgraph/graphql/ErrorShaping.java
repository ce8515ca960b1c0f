package io.claimgraph.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import io.claimgraph.error.ClientError;
import io.claimgraph.error.DatabaseUnavailable;
import io.claimgraph.error.ErrorCodes;
import io.claimgraph.error.UnavailableException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jboss.logging.Logger;

/**
 * Gives every error of a GraphQL result the same shape: a clean message and {@code extensions.code} (with
 * {@code field} for input errors and {@code correlationId} for internal ones). Client errors are logged at DEBUG,
 * internal ones at ERROR with their stack trace and the correlation id the client sees.
 */
public final class ErrorShaping {

    private static final Logger LOG = Logger.getLogger(ErrorShaping.class);

    /** The codes as graphql-java error classifications, so the serialised "classification" agrees with the code. */
    public enum Code implements ErrorClassification {
        BAD_USER_INPUT, NOT_FOUND, CONFLICT, UNAUTHENTICATED, FORBIDDEN, LIMIT_EXCEEDED, INGEST_DISABLED, UNAVAILABLE, INTERNAL;

        static Code of(String code) {
            try {
                return valueOf(code);
            } catch (IllegalArgumentException e) {
                return INTERNAL;
            }
        }
    }

    private ErrorShaping() {
    }

    /** The result with its errors reshaped; the same object when it has none. */
    public static ExecutionResult shape(ExecutionResult result) {
        List<GraphQLError> errors = result.getErrors();
        if (errors == null || errors.isEmpty()) {
            return result;
        }
        boolean hasOtherErrors = errors.stream().anyMatch(e -> !(e instanceof NonNullableFieldWasNullError));
        List<GraphQLError> shaped = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            if (error instanceof NonNullableFieldWasNullError && hasOtherErrors) {
                continue; // the consequence of another error on the same path: the cause is already reported
            }
            shaped.add(shape(error));
        }
        return ExecutionResultImpl.newExecutionResult().from(result).errors(shaped).build();
    }

    /**
     * True when the result is a request error: no data at all, or null data with only errors that belong to no
     * field (a variable that could not be coerced). GraphQL over HTTP answers 4xx for those.
     */
    public static boolean isRequestError(ExecutionResult result) {
        if (result.getErrors() == null || result.getErrors().isEmpty()) {
            return false;
        }
        return !result.isDataPresent()
                || result.getData() == null
                        && result.getErrors().stream().allMatch(e -> e.getPath() == null || e.getPath().isEmpty());
    }

    static GraphQLError shape(GraphQLError error) {
        if (error.getErrorType() instanceof Code) {
            return error; // already shaped
        }
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof UnavailableException unavailable) {
                LOG.debugf("Unavailable at %s: %s", error.getPath(), unavailable.getMessage());
                return unavailable(error, unavailable.getMessage(), unavailable.retryAfterSeconds());
            }
            if (cause instanceof ClientError client) {
                String code = ErrorCodes.of(client);
                LOG.debugf("Client error %s at %s: %s", code, error.getPath(), client.getMessage());
                return build(error, ErrorCodes.clean(client.getMessage()), code, client.field(), null);
            }
            if (DatabaseUnavailable.is(cause)) {
                // the database is away, not our bug: a WARN without the stack (an outage fills the log otherwise)
                LOG.warnf("Database unavailable at %s: %s", error.getPath(), rootMessage(cause));
                return unavailable(error, DatabaseUnavailable.MESSAGE, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            }
            if (cause instanceof CoercingParseLiteralException || cause instanceof CoercingParseValueException) {
                // an argument value the scalar cannot take (an Int beyond 32 bits, a malformed DateTime)
                String message = cause.getMessage() == null ? "" : cause.getMessage().replaceFirst("^SRGQL\\d+: ", "");
                LOG.debugf("Invalid argument at %s: %s", error.getPath(), message);
                return build(error, ErrorCodes.clean("Invalid argument value: " + message), ErrorCodes.BAD_USER_INPUT,
                        null, null);
            }
            return internal(error, cause);
        }
        ErrorClassification type = error.getErrorType();
        String message = error.getMessage() == null ? "" : error.getMessage();
        if (type == ErrorType.ExecutionAborted && message.startsWith("maximum query depth exceeded")) {
            return limit(error, "The query is nested deeper than allowed (" + numbers(message) + ")");
        }
        if (type == ErrorType.ExecutionAborted && message.startsWith("maximum query complexity exceeded")) {
            return limit(error, "The query selects more than allowed (complexity " + numbers(message) + ")");
        }
        if (error instanceof ValidationError || type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax) {
            LOG.debugf("Invalid request: %s", message);
            return build(error, ErrorCodes.clean(message), ErrorCodes.BAD_USER_INPUT, null, null);
        }
        return internal(error, null);
    }

    /** A client error raised outside any field (before the operation runs), shaped like the others. */
    public static GraphQLError requestError(ClientError client) {
        String code = ErrorCodes.of(client);
        LOG.debugf("Request refused with %s: %s", code, client.getMessage());
        return build(GraphqlErrorBuilder.newError().message(client.getMessage()).build(),
                ErrorCodes.clean(client.getMessage()),
                code, client.field(), null);
    }

    /** True when the result has no data and one of its errors is UNAVAILABLE: a 503 for graphql-response+json. */
    public static boolean isUnavailable(ExecutionResult result) {
        return result.getErrors() != null && (!result.isDataPresent() || result.getData() == null)
                && result.getErrors().stream().anyMatch(e -> e.getErrorType() == Code.UNAVAILABLE);
    }

    /** The longest wait any UNAVAILABLE error of the result asks for: the Retry-After of its 503. */
    public static int retryAfterSeconds(ExecutionResult result) {
        return result.getErrors().stream().filter(e -> e.getErrorType() == Code.UNAVAILABLE)
                .map(e -> e.getExtensions() == null ? null : e.getExtensions().get("retryAfterSeconds"))
                .filter(Integer.class::isInstance).mapToInt(Integer.class::cast).max()
                .orElse(DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }

    private static GraphQLError unavailable(GraphQLError error, String message, int retryAfterSeconds) {
        return build(error, ErrorCodes.clean(message), ErrorCodes.UNAVAILABLE, null, null, retryAfterSeconds);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static GraphQLError limit(GraphQLError error, String message) {
        LOG.debugf("Limit exceeded: %s", error.getMessage());
        return build(error, message, ErrorCodes.LIMIT_EXCEEDED, null, null);
    }

    private static GraphQLError internal(GraphQLError error, Throwable cause) {
        String id = ErrorCodes.correlationId();
        if (cause != null) {
            LOG.errorf(cause, "Internal error, correlation id %s, at %s", id, error.getPath());
        } else {
            LOG.errorf("Internal error, correlation id %s, at %s: %s", id, error.getPath(), error.getMessage());
        }
        return build(error, ErrorCodes.internalMessage(id), ErrorCodes.INTERNAL, null, id);
    }

    private static GraphQLError build(GraphQLError error, String message, String code, String field,
            String correlationId) {
        return build(error, message, code, field, correlationId, null);
    }

    private static GraphQLError build(GraphQLError error, String message, String code, String field,
            String correlationId, Integer retryAfterSeconds) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (retryAfterSeconds != null) {
            extensions.put("retryAfterSeconds", retryAfterSeconds);
        }
        if (field != null) {
            extensions.put("field", field);
        }
        if (correlationId != null) {
            extensions.put("correlationId", correlationId);
        }
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(message).extensions(extensions)
                .errorType(Code.of(code));
        if (error.getLocations() != null && !error.getLocations().isEmpty()) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    /** "maximum query depth exceeded 201 > 20" → "201 > 20". */
    private static String numbers(String message) {
        return message.replaceAll("^[^0-9]*", "");
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        for (int i = 0; i < 10 && current != null; i++) {
            if (current instanceof ClientError) {
                return current;
            }
            Throwable next = current.getCause();
            boolean wrapper = current instanceof CompletionException || current instanceof ExecutionException
                    || current instanceof InvocationTargetException
                    || current.getClass().getName().startsWith("io.smallrye.graphql.")
                    || current.getClass().getName().startsWith("io.quarkus.arc.");
            if (!wrapper || next == null) {
                // a client error further down the chain still counts (e.g. thrown inside a transaction)
                for (Throwable c = next; c != null && c != c.getCause(); c = c.getCause()) {
                    if (c instanceof ClientError) {
                        return c;
                    }
                }
                return current;
            }
            current = next;
        }
        return current;
    }
}
