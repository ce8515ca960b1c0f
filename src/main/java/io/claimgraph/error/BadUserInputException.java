package io.claimgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** Input that is malformed or out of range; {@link #field()} names where. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ClientError {

    private final String field;

    public BadUserInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
