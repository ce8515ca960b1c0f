package io.claimgraph.location;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same location API tests, run against the packaged application by failsafe (./mvnw verify). */
@QuarkusIntegrationTest
class LocationApiIT extends LocationApiTest {
}
