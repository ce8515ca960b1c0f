package io.claimgraph.claim;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same claim API tests, run against the packaged application by failsafe (./mvnw verify). */
@QuarkusIntegrationTest
class ClaimApiIT extends ClaimApiTest {
}
