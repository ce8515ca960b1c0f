package io.claimgraph.search;

import static io.claimgraph.GraphQL.errorCode;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * searchArticles and searchClaims as a search box uses them: the web-search syntax, relevance order, snippets with
 * highlights, filters, paging and refusals. The same assertions hold on H2 (LIKE clauses) and on PostgreSQL
 * (tsvector columns and websearch_to_tsquery); each test's rows carry a marker word of their own.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class SearchTest {

    private static final String ARTICLES = """
            query($text: String!, $filter: ArticleFilter, $first: Int, $after: String) {
              searchArticles(text: $text, filter: $filter, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor hasPreviousPage }
                edges { cursor rank node { id headline } snippet { text highlights { start end } } }
              }
            }""";

    private static final String CLAIMS = """
            query($text: String!, $filter: ClaimFilter) {
              searchClaims(text: $text, filter: $filter) {
                totalCount
                edges { rank node { id text article { id } } snippet { text highlights { start end } } }
              }
            }""";

    private final String marker = Fixtures.unique();
    private String inHeadline;
    private String inBody;
    private String harvest;

    /** Once per class; in @BeforeEach because RestAssured reaches the app only from there. */
    @BeforeEach
    void ingest() {
        if (harvest != null) {
            return;
        }
        inHeadline = ingest("Ceasefire talks resume " + marker, "Wire One",
                "Negotiators said on Monday that the " + marker + " ceasefire talks in Geneva would resume next week. "
                        + "The delegations had left the city in March after three rounds without agreement on the "
                        + "exchange of prisoners, and diplomats said a fourth round would open with that question. "
                        + "Officials from both sides confirmed the dates on Tuesday.");
        inBody = ingest("Port reopens " + marker, "Wire Two",
                "The harbour authority said the port reopened on Friday. A spokesman said the " + marker
                        + " ceasefire was holding along the coast and shipping had resumed.");
        harvest = ingest("Harvest report " + marker, "Wire One",
                "Farm officials said the " + marker + " harvest was the largest in a decade.");
    }

    private String ingest(String headline, String publisher, String body) {
        return ok("mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }",
                vars("in", vars("url", "https://search.example.test/" + Fixtures.unique(), "headline", headline,
                        "body", body, "publisher", publisher, "publishedAt", "2024-05-06T08:00:00Z")))
                .getString("data.ingestArticle.article.id");
    }

    private JsonPath articles(String text, Map<String, Object> filter, Integer first, String after) {
        return ok(ARTICLES, vars("text", text, "filter", filter, "first", first, "after", after));
    }

    private List<String> ids(String text) {
        return articles(text, null, null, null).getList("data.searchArticles.edges.node.id");
    }

    @Test
    void allWordsMustOccurAndAHeadlineMatchRanksFirst() {
        JsonPath found = articles(marker + " ceasefire", null, null, null);
        assertEquals(List.of(inHeadline, inBody), found.getList("data.searchArticles.edges.node.id"));
        List<Float> ranks = found.getList("data.searchArticles.edges.rank", Float.class);
        assertTrue(ranks.get(0) > ranks.get(1), "the headline match ranks above the body match: " + ranks);
        assertEquals(2, found.getInt("data.searchArticles.totalCount"));
    }

    @Test
    void phrasesAlternativesAndExclusionsReadLikeAWebSearchBox() {
        assertEquals(List.of(inHeadline), ids(marker + " \"ceasefire talks\""), "a quoted phrase");
        // or joins everything on either side of it, as PostgreSQL's websearch_to_tsquery reads it: (a and b) or (a and c)
        assertEquals(Set.of(inHeadline, harvest), Set.copyOf(ids(marker + " geneva or " + marker + " harvest")), "or");
        assertEquals(Set.of(inHeadline, inBody), Set.copyOf(ids(marker + " -harvest")), "a word left out");
        assertEquals(List.of(), ids(marker + " ceasefire -geneva -coast"));
        assertEquals(List.of(harvest), ids(marker.toUpperCase(Locale.ROOT) + " HARVEST"), "case aside");
    }

    @Test
    void theFilterNarrowsTheHits() {
        assertEquals(List.of(inBody),
                articles(marker + " ceasefire", vars("publisher", "wire two"), null, null)
                        .getList("data.searchArticles.edges.node.id"));
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeatsAndACursorBelongsToItsSearch() {
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            JsonPath page = articles(marker, null, 1, after);
            seen.addAll(page.getList("data.searchArticles.edges.node.id"));
            more = page.getBoolean("data.searchArticles.pageInfo.hasNextPage");
            assertEquals(after != null, page.getBoolean("data.searchArticles.pageInfo.hasPreviousPage"));
            after = page.getString("data.searchArticles.pageInfo.endCursor");
            assertTrue(++pages <= 3, "three hits, one per page");
        }
        assertEquals(3, seen.size());
        assertEquals(Set.of(inHeadline, inBody, harvest), new HashSet<>(seen));

        String cursor = articles(marker, null, 1, null).getString("data.searchArticles.pageInfo.endCursor");
        JsonPath other = post(ARTICLES, vars("text", marker + " harvest", "after", cursor));
        assertEquals("BAD_USER_INPUT", errorCode(other), other.prettify());
    }

    @Test
    void aSnippetShowsTheTextAroundTheFirstHitWithTheWordsMarked() {
        JsonPath found = articles(marker + " ceasefire", null, null, null);
        for (int i = 0; i < 2; i++) {
            String snippet = found.getString("data.searchArticles.edges[" + i + "].snippet.text");
            List<Map<String, Integer>> spans = found.getList("data.searchArticles.edges[" + i + "].snippet.highlights");
            assertTrue(snippet.length() <= 240, snippet);
            assertTrue(snippet.contains(marker + " ceasefire"), snippet);
            assertEquals(2, spans.size(), snippet + " " + spans);
            Set<String> marked = new HashSet<>();
            for (Map<String, Integer> span : spans) {
                marked.add(snippet.substring(span.get("start"), span.get("end")));
            }
            assertEquals(Set.of(marker, "ceasefire"), marked);
        }
        // the first body is longer than a snippet: cut, starting at a word
        String cut = found.getString("data.searchArticles.edges[0].snippet.text");
        assertTrue(cut.endsWith("…"), cut);
    }

    @Test
    void claimsAreSearchedByTheirTextAndCombineWithTheClaimFilter() {
        JsonPath found = ok(CLAIMS, vars("text", marker + " ceasefire"));
        List<String> texts = found.getList("data.searchClaims.edges.node.text");
        assertEquals(2, texts.size(), texts.toString());
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            assertTrue(lower.contains(marker) && lower.contains("ceasefire"), text);
        }
        List<Map<String, Integer>> spans = found.getList("data.searchClaims.edges[0].snippet.highlights");
        assertFalse(spans.isEmpty());

        JsonPath inOne = ok(CLAIMS, vars("text", marker + " ceasefire", "filter", vars("articleId", inBody)));
        assertEquals(List.of(inBody), inOne.getList("data.searchClaims.edges.node.article.id"));
        assertEquals(1, inOne.getInt("data.searchClaims.totalCount"));
    }

    @Test
    void quotesBackslashesAndSqlInTheTextAreOnlyText() {
        for (String text : new String[]{marker + "' harvest'", marker + " \\'; harvest --", "\"" + marker + " harvest",
                marker + "\tharvest\u00a0decade"}) {
            assertEquals(List.of(harvest), ids(text), text);
        }
    }

    @Test
    void aTextWithNothingToFindIsRefused() {
        for (String text : new String[]{"", "   ", "-harvest", "-\"ceasefire talks\"", "x".repeat(201)}) {
            JsonPath refused = post(ARTICLES, vars("text", text));
            assertEquals("BAD_USER_INPUT", errorCode(refused), text + ": " + refused.prettify());
            assertEquals("text", refused.getString("errors[0].extensions.field"), refused.prettify());
        }
        JsonPath tooMany = post(ARTICLES, vars("text", marker, "first", 101));
        assertEquals("BAD_USER_INPUT", errorCode(tooMany), tooMany.prettify());
    }
}
