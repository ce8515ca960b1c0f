package io.claimgraph.ingest;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.error.IngestDisabledException;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether this replica ingests, when it loads the language models and the gazetteer for that, and how far the loading
 * has come. A read replica ({@code claimgraph.ingest.enabled=false}) never loads them: everything that would is
 * refused here first.
 */
@Singleton
public class ExtractionModels {

    /** How far the loading has come. */
    public enum State {
        /** Ingest is off on this replica: the models are never loaded. */
        DISABLED,
        /** Not loaded yet: loaded by the first ingest, or by the warm-up that is about to start. */
        NOT_LOADED, LOADING, LOADED,
        /** Loading failed; the next ingest tries again and reports the failure as an internal error. */
        FAILED
    }

    /** When the models are loaded: right after start, in the background, or by the first ingest. */
    public enum Load {
        AFTER_START, ON_FIRST_USE;

        public String label() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    private final boolean enabled;
    private final Load load;
    private final AtomicReference<State> state;
    private volatile long loadMillis = -1;

    public ExtractionModels(ClaimgraphConfig config) {
        this.enabled = config.ingest().enabled();
        this.load = config.ingest().warmUp() ? Load.AFTER_START : Load.ON_FIRST_USE;
        this.state = new AtomicReference<>(enabled ? State.NOT_LOADED : State.DISABLED);
    }

    public boolean ingestEnabled() {
        return enabled;
    }

    public Load load() {
        return load;
    }

    public State state() {
        return state.get();
    }

    /** Milliseconds the last successful load took, or -1. */
    public long loadMillis() {
        return loadMillis;
    }

    /** Refuses an ingest on a read replica, before anything loads the models. */
    public void requireIngest() {
        if (!enabled) {
            throw new IngestDisabledException();
        }
    }

    void loading() {
        state.set(State.LOADING);
    }

    void loaded(long millis) {
        loadMillis = millis;
        state.set(State.LOADED);
    }

    void failed() {
        state.set(State.FAILED);
    }
}
