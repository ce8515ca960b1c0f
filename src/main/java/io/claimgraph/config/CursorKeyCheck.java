package io.claimgraph.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses to start in prod mode with the built-in cursor key: it is in the source for anyone to read, and with it
 * anyone can sign a cursor of their own making. Dev and test mode keep it, so they run without any setting.
 */
@ApplicationScoped
public class CursorKeyCheck {

    private final ClaimgraphConfig.Cursor cursor;

    public CursorKeyCheck(ClaimgraphConfig config) {
        this.cursor = config.cursor();
    }

    void checkKeySet(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL
                && cursor.secret().equals(ClaimgraphConfig.Cursor.BUILT_IN_SECRET)) {
            throw new IllegalStateException(
                    "claimgraph.cursor.secret is the built-in key, which prod mode refuses: set "
                            + "your own with the environment variable CLAIMGRAPH_CURSOR_SECRET (or -Dclaimgraph.cursor.secret=...), "
                            + "a long random value such as the output of `openssl rand -base64 32`, the same on every replica");
        }
    }
}
