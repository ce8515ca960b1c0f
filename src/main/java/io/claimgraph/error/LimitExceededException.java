package io.claimgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request is over one of the configured limits (size, depth, complexity, aliases, batch, time budget). */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceededException extends ClientError {

    private final String field;

    public LimitExceededException(String field, String message) {
        super(message);
        this.field = field;
    }

    public LimitExceededException(String message) {
        this(null, message);
    }

    @Override
    public String field() {
        return field;
    }
}
