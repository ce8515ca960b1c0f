package io.claimgraph.error;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a failure the database caused by being away or overloaded (the client should retry shortly) from our own
 * bugs (INTERNAL). It walks the whole cause chain, because Hibernate, Narayana and SmallRye each wrap the
 * driver's {@link SQLException}, and each SQLException may chain the next. Here, in {@code error}, so that the
 * GraphQL layer and the write paths (a commit in doubt) share one rule and no package cycle forms.
 */
public final class DatabaseUnavailable {

    /** What a client is told: no SQL, no class names; the same for every cause, since the remedy is the same. */
    public static final String MESSAGE = "The database is unavailable at the moment: try again shortly";

    /** Seconds a client should wait before a retry when the database is away (reconnecting takes a few). */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * PostgreSQL states that mean "not now" rather than "never": the server shutting down (57P01 admin, 57P02
     * crash), starting up (57P03), out of connection slots (53300), and a serialization failure or deadlock that
     * reached us because the retries ran out (40001, 40P01). Class 08 (connection exceptions) is checked apart.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "40001", "40P01");

    /** H2: connection broken (90067), database closed (90098), database called at VM shutdown (90121). */
    private static final Set<Integer> H2_CODES = Set.of(90067, 90098, 90121);

    /**
     * H2's I/O errors (90028, 90031): the remote client reports a stream cut while it reads a result or closes one
     * this way rather than as a broken connection. Only with a network error under them: on an embedded database
     * the same codes mean a file could not be read, which waiting does not cure.
     */
    private static final Set<Integer> H2_IO_CODES = Set.of(90028, 90031);

    private static final Pattern NETWORK_IN_MESSAGE = Pattern
            .compile("java\\.io\\.EOFException|java\\.net\\.\\w*Exception|Connection reset");

    /** Agroal's SQLException when no connection came within the acquisition timeout (it has no SQLState). */
    private static final String POOL_TIMEOUT = "acquisition timeout";

    /**
     * Agroal's SQLException when a pooled connection could not join the transaction: the driver's failure to start
     * it (a dead connection) is only logged by Narayana, not chained. With our one datasource there is no other
     * reason for it ("a connection from another datasource is already enlisted" cannot happen).
     */
    private static final String ENLIST_FAILED = "Exception in association of connection to existing transaction";

    private DatabaseUnavailable() {
    }

    /**
     * True when something in the chain says the database is unreachable, shutting down or out of capacity. The
     * suppressed exceptions count too: Agroal reports the driver's failure to start a transaction on a dead
     * connection as a suppressed XAException under a state-less "Failed to enlist" SQLException.
     */
    public static boolean is(Throwable failure) {
        return is(failure, new IdentityHashMap<>(), 0);
    }

    private static boolean is(Throwable failure, Map<Throwable, Boolean> seen, int depth) {
        for (Throwable t = failure; t != null && depth < 8 && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && (matches(sql) || matchesNext(sql, seen))) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (is(suppressed, seen, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matchesNext(SQLException sql, Map<Throwable, Boolean> seen) {
        for (SQLException next = sql.getNextException(); next != null
                && seen.put(next, Boolean.TRUE) == null; next = next.getNextException()) {
            if (matches(next)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A network exception under an H2 I/O error: as a cause, or named in the message when the H2 server reported
     * it (its own connection cut) and the client rebuilt the error from text, with no cause.
     */
    private static boolean causedByNetwork(SQLException sql) {
        if (sql.getMessage() != null && NETWORK_IN_MESSAGE.matcher(sql.getMessage()).find()) {
            return true;
        }
        Throwable t = sql.getCause();
        for (int depth = 0; t != null && depth < 8; t = t.getCause(), depth++) {
            if (t instanceof SocketException || t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || STATES.contains(state))) {
            return true;
        }
        if (H2_CODES.contains(sql.getErrorCode()) && String.valueOf(sql.getErrorCode()).equals(state)) {
            return true;
        }
        if (H2_IO_CODES.contains(sql.getErrorCode()) && String.valueOf(sql.getErrorCode()).equals(state)
                && causedByNetwork(sql)) {
            return true;
        }
        return state == null && sql.getMessage() != null
                && (sql.getMessage().contains(POOL_TIMEOUT) || sql.getMessage().startsWith(ENLIST_FAILED));
    }
}
