package io.claimgraph.store;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resolver that only reads: the rows it loads are read-only and its transaction is never flushed. Put it
 * next to {@code @Transactional} on resolvers that run in a transaction of their own (every query and nested field
 * does); never on code that writes, or that runs inside a writer's transaction.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyQuery {
}
