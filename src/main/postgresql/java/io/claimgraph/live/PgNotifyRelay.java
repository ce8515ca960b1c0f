package io.claimgraph.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The relay of the PostgreSQL build: replicas that share a database tell each other through LISTEN/NOTIFY.
 *
 * <p>A writer's event becomes {@code pg_notify} in its own transaction, so PostgreSQL delivers it to the other
 * replicas when, and only if, that transaction commits, and in commit order. Every replica listens on one
 * connection of its own (outside the pool: it is held for the process's life) and hands what other replicas wrote
 * to its subscribers; its own events reach them directly, after the commit ({@link LiveHub}). If the listening
 * connection breaks, it is opened again after a pause; events committed while it was down are not replayed:
 * subscribers catch up with the list queries, as after any reconnect.
 */
@ApplicationScoped
public class PgNotifyRelay implements LiveRelay {

    static final String CHANNEL = "claimgraph_live";
    /** Claim ids per notification: a payload stays far below PostgreSQL's 8,000-byte limit. */
    static final int MAX_CLAIMS_PER_NOTIFICATION = 400;
    private static final Logger LOG = Logger.getLogger(PgNotifyRelay.class);
    private static final long RECONNECT_MILLIS = 2_000;

    /** Tells this replica's notifications from the others'. */
    private final String origin = UUID.randomUUID().toString();
    private final EntityManager entityManager;
    private final LiveHub hub;
    private final String url;
    private final String user;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread listener;

    public PgNotifyRelay(EntityManager entityManager, LiveHub hub,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.entityManager = entityManager;
        this.hub = hub;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public void announce(LiveEvent event) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                for (LiveEvent part : event.split(MAX_CLAIMS_PER_NOTIFICATION)) {
                    notify.setString(1, CHANNEL);
                    notify.setString(2, origin + "|" + part.toWire());
                    notify.execute();
                }
            }
        });
    }

    void start(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "claimgraph-live-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password.orElse(""))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                LOG.debugf("Listening for other replicas' events on channel %s", CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(1_000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Listening for other replicas' events failed (%s); trying again in %d ms", e.getMessage(), RECONNECT_MILLIS);
                try {
                    Thread.sleep(RECONNECT_MILLIS);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void receive(String payload) {
        int separator = payload.indexOf('|');
        if (separator < 0 || payload.substring(0, separator).equals(origin)) {
            return; // our own: already delivered after the commit
        }
        try {
            hub.deliver(LiveEvent.fromWire(payload.substring(separator + 1)));
        } catch (IllegalArgumentException e) {
            LOG.warnf("Ignored a notification on %s that is not a Claimgraph event: %s", CHANNEL, payload);
        }
    }
}
