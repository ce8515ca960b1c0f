package io.claimgraph.search;

import static io.claimgraph.GraphQL.errorCode;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A search reads the newest {@code claimgraph.search.horizon} rows that pass the filter, says where it stopped, and
 * reaches the older rows when asked with {@code olderThan}: every match is found once, in one search or the next.
 */
@QuarkusTest
@TestProfile(SearchHorizonTest.HorizonOfTwo.class)
public class SearchHorizonTest {

    public static class HorizonOfTwo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claimgraph.search.horizon", "2");
        }
    }

    private static final String ARTICLES = """
            query($t: String!, $f: ArticleFilter, $first: Int, $after: String, $older: DateTime) {
              searchArticles(text: $t, filter: $f, first: $first, after: $after, olderThan: $older) {
                totalCount
                scope { complete searchedFrom }
                pageInfo { endCursor }
                edges { node { id } }
              }
            }""";

    private static final String CLAIMS = """
            query($t: String!, $f: ClaimFilter, $older: DateTime) {
              searchClaims(text: $t, filter: $f, olderThan: $older) {
                scope { complete searchedFrom }
                edges { node { article { id } } }
              }
            }""";

    @Test
    void theOldestArticleIsFoundBySearchingOlderThanWhereTheFirstSearchStopped() {
        String marker = Fixtures.unique();
        String publisher = "Horizon " + marker;
        List<String> dated = ingest(publisher, marker, "2024-01-01", "2024-02-01", "2024-03-01");
        String oldest = dated.get(0);
        String middle = dated.get(1);
        String newest = dated.get(2);
        Map<String, Object> filter = vars("publisher", publisher);

        JsonPath first = ok(ARTICLES, vars("t", marker, "f", filter));
        List<String> ids = first.getList("data.searchArticles.edges.node.id");
        assertEquals(2, ids.size(), ids.toString());
        assertEquals(Set.of(newest, middle), Set.copyOf(ids), "not " + oldest);
        assertEquals(2, first.getInt("data.searchArticles.totalCount"));
        assertFalse(first.getBoolean("data.searchArticles.scope.complete"));
        String searchedFrom = first.getString("data.searchArticles.scope.searchedFrom");
        assertEquals(OffsetDateTime.parse("2024-02-01T00:00:00Z").toInstant(),
                OffsetDateTime.parse(searchedFrom).toInstant());

        JsonPath older = ok(ARTICLES, vars("t", marker, "f", filter, "older", searchedFrom));
        assertEquals(List.of(oldest), older.getList("data.searchArticles.edges.node.id"));
        assertTrue(older.getBoolean("data.searchArticles.scope.complete"));
        assertNull(older.getString("data.searchArticles.scope.searchedFrom"));
    }

    @Test
    void rowsOfTheHorizonsOwnTimeAreAllInsideItAndOnlyOlderOnesAreLeftOut() {
        String marker = Fixtures.unique();
        String publisher = "Horizon " + marker;
        List<String> dated = ingest(publisher, marker, "2023-12-01", "2024-01-01", "2024-01-01",
                "2024-03-01");
        String older = dated.get(0);
        Map<String, Object> filter = vars("publisher", publisher);

        JsonPath found = ok(ARTICLES, vars("t", marker, "f", filter));
        assertEquals(Set.copyOf(dated.subList(1, 4)), Set.copyOf(found.getList("data.searchArticles.edges.node.id")));
        assertFalse(found.getBoolean("data.searchArticles.scope.complete"));
        JsonPath rest = ok(ARTICLES, vars("t", marker, "f", filter, "older",
                found.getString("data.searchArticles.scope.searchedFrom")));
        assertEquals(List.of(older), rest.getList("data.searchArticles.edges.node.id"));

        String onlyTies = "Horizon " + Fixtures.unique();
        ingest(onlyTies, marker, "2024-01-01", "2024-01-01", "2024-01-01");
        JsonPath all = ok(ARTICLES, vars("t", marker, "f", vars("publisher", onlyTies)));
        assertEquals(3, all.getList("data.searchArticles.edges").size(), all.prettify());
        assertTrue(all.getBoolean("data.searchArticles.scope.complete"), "nothing older was left out");
    }

    @Test
    void aClaimSearchHasTheSameHorizonOverTheClaimsThatPassItsFilter() {
        String marker = Fixtures.unique();
        String publisher = "Horizon " + marker;
        String oldest = ingest(publisher, marker, "2024-01-01", "2024-02-01", "2024-03-01").get(0);
        Map<String, Object> filter = vars("text", marker);

        JsonPath first = ok(CLAIMS, vars("t", marker, "f", filter));
        List<String> articles = first.getList("data.searchClaims.edges.node.article.id");
        assertEquals(2, articles.size(), first.prettify());
        assertFalse(articles.contains(oldest));
        assertFalse(first.getBoolean("data.searchClaims.scope.complete"));

        JsonPath older = ok(CLAIMS, vars("t", marker, "f", filter, "older",
                first.getString("data.searchClaims.scope.searchedFrom")));
        assertEquals(List.of(oldest), older.getList("data.searchClaims.edges.node.article.id"));
        assertTrue(older.getBoolean("data.searchClaims.scope.complete"));
    }

    @Test
    void aCursorBelongsToTheSearchOlderThanItsOwnTime() {
        String marker = Fixtures.unique();
        String publisher = "Horizon " + marker;
        ingest(publisher, marker, "2024-02-01", "2024-03-01");
        Map<String, Object> filter = vars("publisher", publisher);
        String cursor = ok(ARTICLES, vars("t", marker, "f", filter, "first", 1))
                .getString("data.searchArticles.pageInfo.endCursor");

        JsonPath refused = post(ARTICLES, vars("t", marker, "f", filter, "first", 1, "after", cursor, "older",
                "2024-02-15T00:00:00Z"));
        assertEquals("BAD_USER_INPUT", errorCode(refused), refused.prettify());
    }

    /** One article of {@code publisher} mentioning {@code marker} per day given (at midnight UTC); their ids in order. */
    private static List<String> ingest(String publisher, String marker, String... days) {
        return java.util.Arrays.stream(days).map(day -> ok(
                "mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }",
                vars("in", vars("url", "https://search-horizon.example.test/" + Fixtures.unique(), "headline",
                        "Report " + Fixtures.unique(), "body",
                        "Officials said the " + marker + " plan for " + Fixtures.unique() + " was ready.",
                        "publisher", publisher, "publishedAt", day + "T00:00:00Z")))
                .getString("data.ingestArticle.article.id")).toList();
    }
}
