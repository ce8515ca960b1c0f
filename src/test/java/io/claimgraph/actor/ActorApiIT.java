package io.claimgraph.actor;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same actor API tests, run against the packaged application by failsafe (./mvnw verify). */
@QuarkusIntegrationTest
class ActorApiIT extends ActorApiTest {
}
