package io.claimgraph.graphql;

import graphql.GraphQLContext;
import io.claimgraph.store.InlineExecution;
import io.quarkus.arc.Arc;

/**
 * The HTTP client of an execution hung up before its answer (a load tester stopping, a closed browser tab): its
 * request context, and with it the request's Hibernate session, ended while the execution still runs on its worker.
 * Such an execution stops at its next field, and what failed under it is no internal error: nobody reads the answer.
 */
final class ClientGone extends RuntimeException {

    ClientGone() {
        super("The client went away", null, false, false);
    }

    /** Whether this execution is one over HTTP (resolvers inline on its worker) whose request has ended. */
    static boolean of(GraphQLContext context) {
        return context != null && Boolean.TRUE.equals(context.get(InlineExecution.KEY))
                && !Arc.container().requestContext().isActive();
    }
}
