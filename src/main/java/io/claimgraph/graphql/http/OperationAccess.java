package io.claimgraph.graphql.http;

import io.claimgraph.auth.AccessControl;
import io.claimgraph.error.ClientError;
import io.claimgraph.error.ErrorCodes;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * Lets the selected operation through when the request's token allows it ({@link AccessControl}); otherwise answers
 * 401 (no valid token, with a Bearer challenge) or 403 (a token without the group).
 */
final class OperationAccess {

    private final AccessControl access;

    OperationAccess(AccessControl access) {
        this.access = access;
    }

    /** Runs {@code allowed} when the operation may run, at once or after the token is verified. */
    void check(RoutingContext ctx, String mediaType, boolean mutation, Runnable allowed) {
        if (!access.needsToken(mutation)) {
            allowed.run();
            return;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        // verifying may fetch a key set over the network the first time: not on the event loop
        ctx.vertx().<Optional<ClientError>>executeBlocking(() -> access.check(mutation, authorization), false)
                .onComplete(ar -> {
                    if (ar.failed()) {
                        ctx.fail(ar.cause());
                    } else if (ar.result().isPresent()) {
                        ClientError refusal = ar.result().get();
                        String code = ErrorCodes.of(refusal);
                        int status = ErrorCodes.UNAUTHENTICATED.equals(code) ? 401 : 403;
                        if (status == 401) {
                            ctx.response().putHeader("WWW-Authenticate", "Bearer");
                        }
                        ErrorResponses.refuse(ctx, status, mediaType, code, refusal.getMessage(), null);
                    } else {
                        allowed.run();
                    }
                });
    }
}
