package io.claimgraph.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalPropertiesReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;

/**
 * The classifier on the failures real drivers and the real pool throw: an H2 server stopped under an open
 * connection, an H2 database shut down, Agroal's pool with no connection left. PostgreSQL's states that need a
 * server in trouble (shutdown, too many connections) are checked on SQLExceptions that carry them, as the driver's do.
 */
class DatabaseUnavailableTest {

    private static String memoryDb() {
        return "jdbc:h2:mem:unavailable-" + UUID.randomUUID();
    }

    @Test
    void aConnectionWhoseServerStoppedIsUnavailable() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        SQLException broken;
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:broken-" + UUID.randomUUID(), "sa", "")) {
            c.createStatement().execute("create table t (id int)");
            server.stop();
            broken = assertThrows(SQLException.class, () -> c.createStatement().executeQuery("select * from t"));
        }
        assertTrue(DatabaseUnavailable.is(broken), broken.getSQLState() + " " + broken.getErrorCode());
        // as the data fetcher sees it: wrapped by Hibernate, the transaction and SmallRye
        assertTrue(DatabaseUnavailable.is(new RuntimeException("fetch", new IllegalStateException("tx", broken))));
    }

    @Test
    void aDatabaseShutDownUnderAnOpenConnectionIsUnavailable() throws Exception {
        String url = memoryDb();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Connection other = DriverManager.getConnection(url, "sa", "")) {
            other.createStatement().execute("shutdown");
            SQLException closed = assertThrows(SQLException.class, () -> c.createStatement().execute("select 1"));
            assertTrue(DatabaseUnavailable.is(closed), closed.getSQLState() + " " + closed.getErrorCode());
        }
    }

    @Test
    void anEmptyPoolAfterItsAcquisitionTimeoutIsUnavailable() throws Exception {
        String url = memoryDb();
        // The timeout also bounds the first, real acquisition: the database is opened beforehand and the timeout
        // leaves room for a loaded CI machine, so only the second acquisition can run out of it.
        AgroalPropertiesReader reader = new AgroalPropertiesReader().readProperties(Map.of(
                AgroalPropertiesReader.JDBC_URL, url, AgroalPropertiesReader.PRINCIPAL, "sa",
                AgroalPropertiesReader.CREDENTIAL, "", AgroalPropertiesReader.MAX_SIZE, "1",
                AgroalPropertiesReader.ACQUISITION_TIMEOUT_MS, "1500"));
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url, "sa", "");
                AgroalDataSource pool = AgroalDataSource.from(reader);
                Connection only = pool.getConnection()) {
            SQLException timeout = assertThrows(SQLException.class, pool::getConnection);
            assertTrue(DatabaseUnavailable.is(timeout), timeout.getMessage());
        }
    }

    @Test
    void ourOwnMistakesAreNotUnavailable() throws Exception {
        try (Connection c = DriverManager.getConnection(memoryDb(), "sa", "")) {
            Statement s = c.createStatement();
            s.execute("create table t (id int primary key)");
            s.execute("insert into t values (1)");
            SQLException syntax = assertThrows(SQLException.class, () -> s.execute("selec 1"));
            SQLException duplicate = assertThrows(SQLException.class, () -> s.execute("insert into t values (1)"));
            SQLException missing = assertThrows(SQLException.class, () -> s.execute("select * from nowhere"));
            assertFalse(DatabaseUnavailable.is(syntax));
            assertFalse(DatabaseUnavailable.is(duplicate));
            assertFalse(DatabaseUnavailable.is(missing));
        }
        assertFalse(DatabaseUnavailable.is(new IllegalStateException("a bug")));
        assertFalse(DatabaseUnavailable.is(null));
    }

    @Test
    void postgresqlStatesOfAServerInTroubleAreUnavailableOthersAreNot() {
        for (String state : new String[]{"08001", "08006", "08003", "57P01", "57P02", "57P03", "53300", "40001",
                "40P01"}) {
            assertTrue(DatabaseUnavailable.is(new RuntimeException(new SQLException("x", state))), state);
        }
        for (String state : new String[]{"23505", "42P01", "22001", "57014"}) {
            assertFalse(DatabaseUnavailable.is(new RuntimeException(new SQLException("x", state))), state);
        }
        // a batch's cause hides in the next-exception chain (PostgreSQL's BatchUpdateException)
        SQLException batch = new SQLException("batch entry 0 failed", "XX000");
        batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));
        assertTrue(DatabaseUnavailable.is(batch));
        // Agroal's enlist failure: the driver's exception is a suppressed one, under a state-less SQLException
        SQLException enlist = new SQLException("Exception in association of connection to existing transaction");
        enlist.addSuppressed(new RuntimeException(new SQLException("Connection is broken", "90067", 90067)));
        assertTrue(DatabaseUnavailable.is(new IllegalStateException("Unable to acquire JDBC Connection", enlist)));
    }

    @Test
    void anH2IoErrorIsUnavailableOnlyWhenTheNetworkCutIt() {
        SQLException cutWhileFetching = new SQLException("IO Exception: \"java.io.EOFException\"", "90028", 90028,
                new java.io.EOFException());
        assertTrue(DatabaseUnavailable.is(new RuntimeException(cutWhileFetching)));
        SQLException reset = new SQLException("IO Exception: \"Connection reset\"; \"close\"", "90031", 90031,
                new java.net.SocketException("Connection reset"));
        assertTrue(DatabaseUnavailable.is(reset));
        // the H2 server's own read cut: the client rebuilds the error from the server's text, without a cause
        assertTrue(DatabaseUnavailable.is(new RuntimeException(
                new SQLException("IO Exception: \"java.io.EOFException\" [90028-240]", "90028", 90028))));
        // the embedded database's unreadable file: no network under it, and a retry does not cure it
        SQLException file = new SQLException("IO Exception: \"/data/claimgraph.mv.db\"", "90028", 90028,
                new java.io.FileNotFoundException("/data/claimgraph.mv.db"));
        assertFalse(DatabaseUnavailable.is(new RuntimeException(file)));
    }

    @Test
    void theClientMessageNamesNoSqlAndNoClass() {
        assertEquals(DatabaseUnavailable.MESSAGE, UnavailableException.database().getMessage());
        assertFalse(DatabaseUnavailable.MESSAGE.matches(".*(SQL|Exception|\\.java|select|insert).*"));
        assertEquals(ErrorCodes.UNAVAILABLE, ErrorCodes.of(UnavailableException.database()));
    }
}
