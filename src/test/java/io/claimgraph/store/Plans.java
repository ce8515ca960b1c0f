package io.claimgraph.store;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** PostgreSQL's plan of a statement, under planner settings that price out what a plan test forbids. */
final class Plans {

    private Plans() {
    }

    /**
     * The statement, then its EXPLAIN output, one node per line.
     *
     * @param settings e.g. {@code enable_seqscan = off}; reset after
     * @param values   the statement's parameters, in order
     */
    static String explain(AgroalDataSource dataSource, String sql, List<String> settings, List<?> values)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return explain(connection, sql, settings, values);
        }
    }

    /** The same on a connection the caller holds (e.g. in a transaction that made up rows and analysed them). */
    static String explain(Connection connection, String sql, List<String> settings, List<?> values)
            throws SQLException {
        try (Statement set = connection.createStatement()) {
            for (String setting : settings) {
                set.execute("set " + setting);
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
                for (int i = 0; i < values.size(); i++) {
                    explain.setObject(i + 1, values.get(i));
                }
                StringBuilder plan = new StringBuilder(sql).append('\n');
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                set.execute("reset all");
            }
        }
    }
}
