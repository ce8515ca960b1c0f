package io.claimgraph.store;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Locks rows before a statement recomputes them from other tables. Under READ COMMITTED a statement reads what was
 * committed when it started: an update that recounts a row's links could miss links a concurrent transaction is
 * committing and overwrite its count. Taking the rows' locks first, in id order (so two such writers cannot deadlock),
 * waits those transactions out; the next statement then sees what they committed. PostgreSQL takes the lock an update
 * of non-key columns takes (FOR NO KEY UPDATE), which does not wait for the key-share locks that foreign-key checks of
 * inserted links hold on the same rows.
 */
public final class RowLocks {

    private static final String MODE = "postgresql".equals(
            ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("h2"))
                    ? " for no key update"
                    : " for update";

    private RowLocks() {
    }

    /**
     * Locks the rows of {@code table} whose id is among those {@code idsSql} selects (its parameter is :ids). The caller
     * has flushed what it changed: the statement does not flush again.
     */
    public static void lock(EntityManager em, String table, String idsSql, Collection<Long> ids) {
        AfterFlush.nativeQuery(em, "select id from " + table + " where id in (" + idsSql + ") order by id" + MODE)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }
}
