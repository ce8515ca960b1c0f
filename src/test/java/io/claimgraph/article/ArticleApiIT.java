package io.claimgraph.article;

import io.quarkus.test.junit.QuarkusIntegrationTest;

@QuarkusIntegrationTest
class ArticleApiIT extends ArticleApiTest {
}
