package io.claimgraph.store;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;

/**
 * Native statements run right after their caller flushed the persistence context. Hibernate otherwise flushes before
 * every native statement, since it cannot tell which tables one reads: each such auto-flush dirty-checks every managed
 * entity, and inside an ingest (a few hundred of them) that check cost more than the statements it preceded.
 */
public final class AfterFlush {

    private AfterFlush() {
    }

    /** A native statement that does not flush first: call only when nothing changed since the caller's flush. */
    public static Query nativeQuery(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
    }
}
