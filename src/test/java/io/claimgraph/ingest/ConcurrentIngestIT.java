package io.claimgraph.ingest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ConcurrentIngestIT extends ConcurrentIngestTest {
}
