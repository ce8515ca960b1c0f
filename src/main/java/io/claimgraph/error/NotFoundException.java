package io.claimgraph.error;

import io.smallrye.graphql.api.ErrorCode;

/** The id a mutation names does not exist (queries answer null instead). */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ClientError {

    private final String field;

    public NotFoundException(String field, String what, Object id) {
        this(field, "No " + what + " with id " + id);
    }

    private NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Something other than a row with an id is missing ("No relation between claim 3 and claim 8"). */
    public static NotFoundException because(String field, String message) {
        return new NotFoundException(field, message);
    }

    @Override
    public String field() {
        return field;
    }
}
