package io.claimgraph.graphql;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class SchemaContractIT extends SchemaContractTest {
}
