package io.claimgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** The change would break a rule of the stored data: a unique key already taken, or rows that still depend on it. */
@ErrorCode("CONFLICT")
public class ConflictException extends ClientError {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
