package io.claimgraph.graphql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.GraphQLContext;
import io.claimgraph.store.InlineExecution;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * An HTTP execution whose request context ended (the client hung up: reproduced with wrk stopping mid-load, see
 * docs/operations.md) is told apart from one still answering, and from WebSocket executions, whose resolvers never
 * run inline.
 */
@QuarkusTest
class ClientGoneTest {

    @Test
    void onlyAnInlineExecutionWhoseRequestEndedHasLostItsClient() {
        GraphQLContext http = GraphQLContext.newContext().of(InlineExecution.KEY, Boolean.TRUE).build();
        GraphQLContext webSocket = GraphQLContext.newContext().of(InlineExecution.KEY, Boolean.FALSE).build();
        ManagedContext request = Arc.container().requestContext();
        request.activate();
        try {
            assertFalse(ClientGone.of(http), "the request is still on");
            assertFalse(ClientGone.of(webSocket));
        } finally {
            request.terminate();
        }
        assertTrue(ClientGone.of(http), "the request ended under the execution");
        assertFalse(ClientGone.of(webSocket), "a WebSocket execution has its own transactions, no request session");
        assertFalse(ClientGone.of(null));
    }
}
