package io.claimgraph.store;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resolver that only reads: it runs without a transaction, on the request's Hibernate session (Quarkus opens
 * one per request when no transaction is active), and the rows it loads are read-only, never flushed. So a query and
 * all its nested levels share one session and open no JTA transaction at all: a transaction and a session per
 * resolver call were a tenth of the time of a query by id. Never on code that writes, or that runs inside a writer's
 * transaction, nor on code that runs outside a request (live events load in a transaction of their own).
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyQuery {
}
