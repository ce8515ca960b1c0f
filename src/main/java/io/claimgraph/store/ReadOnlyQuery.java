package io.claimgraph.store;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resolver that only reads; the rows it loads are read-only, never flushed. In a query over HTTP it runs
 * without a transaction, on the request's Hibernate session (Quarkus opens one per request when no transaction is
 * active), so the query and all its nested levels share one session and open no JTA transaction at all: a
 * transaction and a session per resolver call were a tenth of the time of a query by id. Elsewhere (a subscription's
 * events, operations over a WebSocket, whose request lasts as long as the connection) it runs in a transaction of its
 * own. Never on code that writes, or that runs inside a writer's transaction.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyQuery {
}
