package io.claimgraph.ingest;

import static io.claimgraph.GraphQL.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With claimgraph.sample-data.enabled the bundled samples are ingested at start, claims and all. */
@QuarkusTest
@TestProfile(SampleDataTest.SamplesOn.class)
class SampleDataTest {

    public static class SamplesOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimgraph.sample-data.enabled", "true");
        }
    }

    @Test
    void samplesAreThereAtStart() {
        var r = ok(
                "{ articles(filter: {publisher: \"Claimgraph samples\"}) { totalCount edges { node { url claims { text } } } } }");
        assertEquals(3, r.getInt("data.articles.totalCount"));
        List<List<Object>> claims = r.getList("data.articles.edges.node.claims");
        assertTrue(claims.stream().allMatch(list -> !list.isEmpty()), "every sample has claims");
    }
}
