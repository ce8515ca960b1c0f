package io.claimgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * Not now, but soon: the database is away or the service too busy to take the request. Not the client's fault and
 * not our bug; the client should send the same request again after {@link #retryAfterSeconds()}.
 */
@ErrorCode(ErrorCodes.UNAVAILABLE)
public class UnavailableException extends ClientError {

    private final int retryAfterSeconds;

    public UnavailableException(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The database is away: the standard message and wait. */
    public static UnavailableException database() {
        return new UnavailableException(DatabaseUnavailable.MESSAGE, DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
