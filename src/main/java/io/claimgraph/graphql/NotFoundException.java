package io.claimgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The id a mutation names does not exist (queries answer null instead). */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ClientError {

    private final String field;

    public NotFoundException(String field, String what, Object id) {
        super("No " + what + " with id " + id);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }
}
