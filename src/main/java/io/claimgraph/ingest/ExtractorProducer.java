package io.claimgraph.ingest;

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
 * load once: in the background once the service has started (unless {@code claimgraph.ingest.warm-up} is off, then at
 * the first ingest), so that it answers queries meanwhile and the first ingest does not pay for the loading. A read
 * replica never loads them ({@link ExtractionModels#requireIngest}).
 */
@Singleton
public class ExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);

    @Produces
    @Singleton
    ClaimExtractor claimExtractor(ExtractionModels models) {
        models.requireIngest();
        models.loading();
        long started = System.nanoTime();
        try {
            ClaimExtractor extractor = new ClaimExtractor(GazetteerPlaceDirectory.fromClasspath());
            long millis = (System.nanoTime() - started) / 1_000_000;
            models.loaded(millis);
            LOG.infof("Extraction models and gazetteer loaded in %d ms", millis);
            return extractor;
        } catch (RuntimeException | Error e) {
            models.failed();
            throw e;
        }
    }

    void warmUp(@Observes StartupEvent start, Provider<ClaimExtractor> extractor, ExtractionModels models) {
        if (models.ingestEnabled() && models.load() == ExtractionModels.Load.AFTER_START) {
            CompletableFuture.runAsync(extractor::get).exceptionally(e -> {
                LOG.error("Loading the extraction models failed; the first ingest tries again", e);
                return null;
            });
        } else if (!models.ingestEnabled()) {
            LOG.info(
                    "Ingest is off on this replica (claimgraph.ingest.enabled=false): no extraction models are loaded");
        }
    }
}
