package io.claimgraph.timeline;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same timeline tests, run against the packaged application by failsafe (./mvnw verify). */
@QuarkusIntegrationTest
class ClaimTimelineIT extends ClaimTimelineTest {
}
