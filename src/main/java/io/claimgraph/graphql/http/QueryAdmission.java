package io.claimgraph.graphql.http;

import io.claimgraph.config.ClaimgraphConfig;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets at most {@code claimgraph.graphql.max-running-queries} queries execute at once; the others wait, in arrival
 * order, until one ends. Two cores answer no more queries per second with 32 executing than with a few, but every
 * execution keeps its half-built result, its rows and graphql-java's per-field state alive until it ends: 32 of them at
 * once outgrew the replica's heap (112 MB then), their objects were promoted and the serial collector ran a full
 * collection several times a second. Waiting requests hold nothing but their parsed body. Mutations and
 * subscriptions are not queued here.
 */
@ApplicationScoped
public class QueryAdmission {

    private final int maxRunning;
    private final int maxWaiting;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private int running;

    @Inject
    public QueryAdmission(ClaimgraphConfig config) {
        this(config.graphql().maxRunningQueries(), config.graphql().maxWaitingQueries());
    }

    QueryAdmission(int maxRunning, int maxWaiting) {
        this.maxRunning = maxRunning > 0 ? maxRunning : 2 * Runtime.getRuntime().availableProcessors();
        this.maxWaiting = maxWaiting;
    }

    private record Waiting(RoutingContext ctx, Context context) {
    }

    /** Runs the request now or once a running query ends; false, and nothing done, when too many wait already. */
    public boolean admit(RoutingContext ctx) {
        synchronized (this) {
            if (running >= maxRunning) {
                if (waiting.size() >= maxWaiting) {
                    return false;
                }
                waiting.addLast(new Waiting(ctx, Vertx.currentContext()));
                return true;
            }
            running++;
        }
        run(ctx);
        return true;
    }

    int maxRunning() {
        return maxRunning;
    }

    private void run(RoutingContext ctx) {
        if (ctx.response().closed() || ctx.response().ended()) {
            release(); // the client went away while its request waited
            return;
        }
        // The slot is given back once: when the answer's headers go out (the execution is over by then), or when the
        // response ends or the connection closes without them. Both, because SmallRye's handler sets the response's
        // own end handler, which is where Vert.x Web's end handlers hang.
        AtomicBoolean released = new AtomicBoolean();
        Handler<Void> releaseOnce = v -> {
            if (released.compareAndSet(false, true)) {
                release();
            }
        };
        ctx.addHeadersEndHandler(releaseOnce);
        ctx.addEndHandler(ended -> releaseOnce.handle(null));
        ctx.next();
    }

    private void release() {
        Waiting next;
        synchronized (this) {
            next = waiting.pollFirst();
            if (next == null) {
                running--;
                return;
            }
        }
        // the running count passes on to the next request, which continues on its own event loop
        if (next.context() != null) {
            next.context().runOnContext(v -> run(next.ctx()));
        } else {
            run(next.ctx());
        }
    }
}
