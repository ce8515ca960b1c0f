package io.claimgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** The request carries no valid bearer token for what it asks (missing, expired or not signed by a trusted key). */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends ClientError {

    private final String field;

    public UnauthenticatedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public UnauthenticatedException(String message) {
        this(null, message);
    }

    @Override
    public String field() {
        return field;
    }
}
