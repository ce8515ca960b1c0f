package io.claimgraph.search;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class AutocompleteIT extends AutocompleteTest {
}
