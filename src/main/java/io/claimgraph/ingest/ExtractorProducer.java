package io.claimgraph.ingest;

import io.claimgraph.config.ClaimgraphConfig;
import io.claimgraph.ingest.extract.GazetteerPlaceDirectory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * The one {@link ClaimExtractor} of the process. Its language models and gazetteer take a moment to load, so they
 * load once, and (unless switched off) in the background right after start: the service answers queries at once
 * and the first ingest does not pay for the loading.
 */
@Singleton
public class ExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);

    @Produces
    @Singleton
    ClaimExtractor claimExtractor() {
        long started = System.nanoTime();
        ClaimExtractor extractor = new ClaimExtractor(GazetteerPlaceDirectory.fromClasspath());
        LOG.infof("Extraction models and gazetteer loaded in %d ms", (System.nanoTime() - started) / 1_000_000);
        return extractor;
    }

    void warmUp(@Observes StartupEvent start, Provider<ClaimExtractor> extractor, ClaimgraphConfig config) {
        if (config.ingest().warmUp()) {
            CompletableFuture.runAsync(extractor::get);
        }
    }
}
