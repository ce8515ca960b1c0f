package io.claimgraph.store;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import org.hibernate.Session;

/**
 * One statement run for many rows as a single JDBC batch on the transaction's connection: one prepared statement, one
 * round trip, and none of the per-statement work a Hibernate query does (plan lookup, parameter binding objects, and
 * for native statements a flush check). The caller flushes first what the statement depends on.
 */
public final class JdbcBatch {

    /** Sets one row's parameters on the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatch() {
    }

    /** Runs {@code sql} once per row, in the rows' order (which is the order their row locks are taken in). */
    public static <T> void run(EntityManager em, String sql, Collection<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (T row : rows) {
                    binder.bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        });
    }
}
