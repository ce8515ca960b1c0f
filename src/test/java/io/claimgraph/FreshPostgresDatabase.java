package io.claimgraph;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL database of its own, next to the IT suite's, for an IT that starts packaged apps of its own on a
 * clean database: created before, dropped after (with whatever connections are still open).
 */
public final class FreshPostgresDatabase {

    /** What runs against the database: its jdbc url and user. */
    public interface Use {
        void run(String url, String user) throws Exception;
    }

    private FreshPostgresDatabase() {
    }

    /** Runs {@code use} on a database named after the IT suite's own with {@code suffix}. */
    public static void with(String suffix, Use use) throws Exception {
        with(PackagedApp.itSetting("quarkus.datasource.jdbc.url"), PackagedApp.itSetting("quarkus.datasource.username"),
                suffix, use);
    }

    /** Runs {@code use} on a database named after the one at {@code baseUrl} with {@code suffix}, as {@code user}. */
    public static void with(String baseUrl, String user, String suffix, Use use) throws Exception {
        String database = baseUrl.replaceFirst("^jdbc:postgresql://[^/]+/", "").replaceFirst("[?].*$", "") + "_"
                + suffix;
        String url = baseUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
        admin(baseUrl, user, "create database " + database);
        try {
            use.run(url, user);
        } finally {
            admin(baseUrl, user, "drop database if exists " + database + " with (force)");
        }
    }

    private static void admin(String url, String user, String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, ""); Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
