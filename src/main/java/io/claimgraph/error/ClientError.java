package io.claimgraph.error;

/**
 * An error the client caused and can fix. Its message is shown to the client as written, so it must name
 * the problem in the client's terms: never a class, table or SQL fragment. A runtime exception, so that a
 * transactional mutation that throws it rolls back and leaves nothing half-written.
 */
public abstract class ClientError extends RuntimeException {

    protected ClientError(String message) {
        super(message, null, false, false);
    }

    /** The input field at fault, as a path from the argument ("input.url", "after"), or null. */
    public String field() {
        return null;
    }
}
