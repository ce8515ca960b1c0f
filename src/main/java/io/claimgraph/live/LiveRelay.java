package io.claimgraph.live;

/**
 * Carries events to the other replicas. Each build has one: on H2 (a single process) there is nobody to tell; on
 * PostgreSQL the event becomes a notification of the writing transaction, so that other replicas hear of it
 * exactly when, and only if, it commits.
 */
public interface LiveRelay {

    /** Called inside the transaction that writes what the event announces. */
    void announce(LiveEvent event);
}
