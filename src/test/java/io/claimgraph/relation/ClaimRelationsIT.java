package io.claimgraph.relation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same relation tests, run against the packaged application by failsafe (./mvnw verify). */
@QuarkusIntegrationTest
class ClaimRelationsIT extends ClaimRelationsTest {
}
