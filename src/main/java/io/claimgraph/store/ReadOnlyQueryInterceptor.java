package io.claimgraph.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Runs inside the resolver's transaction (after {@code @Transactional}'s interceptor): Hibernate then keeps no
 * snapshots of the loaded rows and skips the dirty check and flush at commit, which on a page of 20 articles with
 * claims, asserters and places was a fifth of the request's time.
 */
@ReadOnlyQuery
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ReadOnlyQueryInterceptor {

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        Session session = Panache.getEntityManager().unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return invocation.proceed();
    }
}
