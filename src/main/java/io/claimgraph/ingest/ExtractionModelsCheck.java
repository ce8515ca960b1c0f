package io.claimgraph.ingest;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Says in /q/health/ready whether this replica ingests, when it loads its extraction models (after start, or at the
 * first ingest) and whether they are loaded yet. Always UP: a replica serves queries while its models load, and an
 * ingest that comes first waits for them.
 */
@Readiness
@Singleton
public class ExtractionModelsCheck implements HealthCheck {

    private final ExtractionModels models;

    public ExtractionModelsCheck(ExtractionModels models) {
        this.models = models;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Extraction models").up()
                .withData("ingest", models.ingestEnabled() ? "enabled" : "disabled")
                .withData("models", models.state().name().toLowerCase().replace('_', '-'));
        if (models.ingestEnabled()) {
            response.withData("load", models.load().label());
        }
        if (models.loadMillis() >= 0) {
            response.withData("loadMillis", models.loadMillis());
        }
        return response.build();
    }
}
