package io.claimgraph.live;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The subscription tests against the packaged app. */
@QuarkusIntegrationTest
public class LiveSubscriptionIT extends LiveSubscriptionTest {
}
