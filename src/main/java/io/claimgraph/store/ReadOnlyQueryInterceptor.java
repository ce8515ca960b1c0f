package io.claimgraph.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Sets the session a read resolver uses (the request's, see {@link ReadOnlyQuery}) read-only: Hibernate then keeps no
 * snapshots of the loaded rows and never dirty-checks or flushes them, which on a page of 20 articles with claims,
 * asserters and places was a fifth of the request's time.
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
