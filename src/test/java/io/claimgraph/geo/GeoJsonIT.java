package io.claimgraph.geo;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same GeoJSON tests, run against the packaged application by failsafe (./mvnw verify). */
@QuarkusIntegrationTest
class GeoJsonIT extends GeoJsonTest {
}
