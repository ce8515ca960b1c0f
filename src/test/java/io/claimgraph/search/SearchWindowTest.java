package io.claimgraph.search;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A search ranks the newest {@code claimgraph.search.window} matches only, so its cost does not grow with the
 * archive: an older, more relevant article falls outside the window, and the count agrees with what paging reaches.
 */
@QuarkusTest
@TestProfile(SearchWindowTest.WindowOfTwo.class)
public class SearchWindowTest {

    public static class WindowOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimgraph.search.window", "2");
        }
    }

    @Test
    void theOldestMatchIsOutsideAWindowOfTwoHoweverRelevant() {
        String marker = Fixtures.unique();
        String oldest = ingest(marker + " " + marker + " in the headline", marker + " in the body.",
                "2024-01-01T00:00:00Z");
        String middle = ingest("Middle report", "Officials said the " + marker + " list was ready.",
                "2024-02-01T00:00:00Z");
        String newest = ingest("Newest report", "Officials said the " + marker + " plan was ready.",
                "2024-03-01T00:00:00Z");

        JsonPath found = ok("query($t: String!) { searchArticles(text: $t) { totalCount edges { node { id } } } }",
                vars("t", marker));
        List<String> ids = found.getList("data.searchArticles.edges.node.id");
        assertEquals(2, ids.size(), ids.toString());
        assertEquals(java.util.Set.of(middle, newest), java.util.Set.copyOf(ids), "not " + oldest);
        assertEquals(2, found.getInt("data.searchArticles.totalCount"));
    }

    private static String ingest(String headline, String body, String publishedAt) {
        return ok("mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }",
                vars("in", vars("url", "https://search-window.example.test/" + Fixtures.unique(), "headline", headline,
                        "body", body, "publisher", "Wire", "publishedAt", publishedAt)))
                .getString("data.ingestArticle.article.id");
    }
}
