package io.claimgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** The bearer token is valid but lacks the group the operation needs. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ClientError {

    private final String field;

    public ForbiddenException(String field, String message) {
        super(message);
        this.field = field;
    }

    public ForbiddenException(String message) {
        this(null, message);
    }

    @Override
    public String field() {
        return field;
    }
}
