package io.claimgraph.ingest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SeedIngestIT extends SeedIngestTest {
}
