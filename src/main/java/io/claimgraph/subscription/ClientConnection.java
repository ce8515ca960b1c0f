package io.claimgraph.subscription;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BooleanSupplier;

/**
 * Whether the connection of the request being served can take more bytes now. A WebSocket write never blocks: what
 * a client does not read piles up in the server's outbound buffer, so a live feed asks this before it sends more.
 * Vert.x only tells through its connection implementation (Netty's channel writability); where that is not
 * available the answer is always yes and the feed's own queue is the only bound.
 */
final class ClientConnection {

    private ClientConnection() {
    }

    static BooleanSupplier writability() {
        if (!Arc.container().requestContext().isActive()) {
            return () -> true;
        }
        try (InstanceHandle<CurrentVertxRequest> request = Arc.container().instance(CurrentVertxRequest.class)) {
            RoutingContext ctx = request.isAvailable() ? request.get().getCurrent() : null;
            HttpConnection connection = ctx == null ? null : ctx.request().connection();
            if (connection instanceof ConnectionBase base) {
                return () -> !base.isNotWritable();
            }
        }
        return () -> true;
    }
}
