package io.claimgraph.article;

import static io.claimgraph.Fixtures.assertClientError;
import static io.claimgraph.Fixtures.walk;
import static io.claimgraph.GraphQL.errorCode;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ArticleApiTest {

    static final String INGEST = """
            mutation($input: ArticleInput!) {
              ingestArticle(input: $input) {
                outcome warnings error
                article { id url headline body contentHash droppedParagraphs language publisher publishedAt ingestedAt }
              }
            }""";

    static final String LIST = """
            query($filter: ArticleFilter, $first: Int, $after: String, $last: Int, $before: String) {
              articles(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
                totalCount
                pageInfo { hasNextPage endCursor hasPreviousPage startCursor }
                edges { cursor node { id headline publishedAt } }
              }
            }""";

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> article(String url, String headline, String body) {
        return vars("url", url, "headline", headline, "body", body);
    }

    static JsonPath ingest(Map<String, Object> input) {
        return ok(INGEST, vars("input", input));
    }

    @Test
    void ingestStoresTheNormalisedBodyAndDropsRepeats() {
        String id = unique();
        String headline = "Harbour reopens " + id;
        String body = headline + "\n\nThe harbour reopened on Monday \u201Cafter repairs\u201D.\n"
                + "Ships   queued\u00A0for hours \u2014 some for days " + id + ".\n\n"
                + "The harbour reopened on Monday \u201Cafter repairs\u201D.\n" + headline.toUpperCase() + "\n";
        JsonPath r = ingest(article("https://news.example/" + id, headline, body));

        assertEquals("CREATED", r.getString("data.ingestArticle.outcome"));
        assertEquals(
                "The harbour reopened on Monday \"after repairs\".\n\nShips queued for hours - some for days " + id
                        + ".",
                r.getString("data.ingestArticle.article.body"));
        assertEquals(3, r.getInt("data.ingestArticle.article.droppedParagraphs"));
        assertTrue(r.getString("data.ingestArticle.article.contentHash").matches("[0-9a-f]{64}"));
        assertEquals("en", r.getString("data.ingestArticle.article.language"));
        assertTrue(r.getString("data.ingestArticle.article.ingestedAt").startsWith("20"));
    }

    @Test
    void sameUrlOrSameContentIsADuplicateAndChangedContentAnUpdate() {
        String id = unique();
        String url = "https://news.example/dup-" + id;
        JsonPath created = ingest(article(url, "Rates " + id, "The bank held rates at 4 percent. " + id));
        String articleId = created.getString("data.ingestArticle.article.id");

        JsonPath again = ingest(article(url, "Rates " + id, "The bank held rates at 4 percent. " + id));
        assertEquals("DUPLICATE", again.getString("data.ingestArticle.outcome"));
        assertEquals(articleId, again.getString("data.ingestArticle.article.id"));

        JsonPath copied = ingest(
                article("https://mirror.example/" + id, "Rates " + id, "The bank  held rates at 4 percent. " + id));
        assertEquals("DUPLICATE", copied.getString("data.ingestArticle.outcome"));
        assertEquals(articleId, copied.getString("data.ingestArticle.article.id"));
        assertFalse(copied.getList("data.ingestArticle.warnings").isEmpty());
        assertNull(ok("query($id: ID!) { article(id: $id) { id } }", vars("id", "999999999")).get("data.article"));

        JsonPath updated = ingest(article(url, "Rates " + id, "The bank raised rates to 4.25 percent. " + id));
        assertEquals("UPDATED", updated.getString("data.ingestArticle.outcome"));
        assertEquals(articleId, updated.getString("data.ingestArticle.article.id"));
        assertNotEquals(created.getString("data.ingestArticle.article.contentHash"),
                updated.getString("data.ingestArticle.article.contentHash"));
        assertEquals(1, ok(LIST, vars("filter", vars("text", "rates " + id))).getInt("data.articles.totalCount"));
    }

    @Test
    void badInputIsRefusedWithTheFieldAndStoresNothing() {
        String id = unique();
        assertBadInput(article("", "Headline " + id, "Body " + id), "input.url");
        assertBadInput(article("ftp://files.example/" + id, "Headline " + id, "Body " + id), "input.url");
        assertBadInput(article("https://news.example/" + id, " ", "Body " + id), "input.headline");
        assertBadInput(article("https://news.example/" + id, "Headline " + id, "Body \u0007 bell " + id), "input.body");
        assertBadInput(article("https://news.example/" + id, "Headline " + id, "x".repeat(1_000_001)), "input.body");
        assertBadInput(article("https://news.example/" + id, "Headline " + id, "Headline " + id), "input.body");
        Map<String, Object> badLanguage = article("https://news.example/" + id, "Headline " + id, "Body " + id);
        badLanguage.put("language", "not a language");
        assertBadInput(badLanguage, "input.language");
        assertEquals(0, ok(LIST, vars("filter", vars("text", id))).getInt("data.articles.totalCount"));
    }

    private static void assertBadInput(Map<String, Object> input, String field) {
        JsonPath r = post(INGEST, vars("input", input));
        assertEquals("BAD_USER_INPUT", errorCode(r), () -> "for " + field + ": " + r.prettify());
        assertEquals(field, r.getString("errors[0].extensions.field"));
        String message = r.getString("errors[0].message");
        assertTrue(message.contains(field), message);
        assertFalse(message.contains("Exception") || message.contains("SQL") || message.contains("io.claimgraph"),
                message);
    }

    @Test
    void batchIngestRejectsOnlyTheBadArticle() {
        String id = unique();
        List<Map<String, Object>> inputs = List.of(
                article("https://news.example/a-" + id, "First " + id, "First body " + id),
                article("https://news.example/b-" + id, "", "Second body " + id),
                article("https://news.example/c-" + id, "Third " + id, "Third body " + id));
        JsonPath r = ok(
                "mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { outcome error article { url } } }",
                vars("inputs", inputs));
        assertEquals(List.of("CREATED", "REJECTED", "CREATED"), r.getList("data.ingestArticles.outcome"));
        assertTrue(r.getString("data.ingestArticles[1].error").contains("inputs[1].headline"));
        assertNull(r.get("data.ingestArticles[1].article"));
        assertEquals(2, ok(LIST, vars("filter", vars("text", "body " + id))).getInt("data.articles.totalCount"));
    }

    @Test
    void batchThatRepeatsAUrlOrContentOrNamesAStoredUrl() {
        String id = unique();
        String stored = ingest(article("https://news.example/stored-" + id, "Stored " + id, "Stored body " + id))
                .getString("data.ingestArticle.article.id");
        List<Map<String, Object>> inputs = List.of(
                article("https://news.example/a-" + id, "First " + id, "First body " + id),
                article("https://mirror.example/a-" + id, "First " + id, "First  body " + id),
                article("https://news.example/a-" + id, "First " + id, "First body, corrected " + id),
                article("https://news.example/stored-" + id, "Stored " + id, "Stored body, corrected " + id),
                article("https://news.example/e-" + id, "Last " + id, "Last body " + id));
        JsonPath r = ok(
                "mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { outcome article { id } } }",
                vars("inputs", inputs));
        assertEquals(List.of("CREATED", "DUPLICATE", "UPDATED", "UPDATED", "CREATED"),
                r.getList("data.ingestArticles.outcome"));
        List<String> ids = r.getList("data.ingestArticles.article.id");
        assertEquals(ids.get(0), ids.get(1));
        assertEquals(ids.get(0), ids.get(2));
        assertEquals(stored, ids.get(3));
        assertEquals(3, ok(LIST, vars("filter", vars("text", id))).getInt("data.articles.totalCount"));
    }

    @Test
    void batchOverTheLimitIsRefusedWhole() {
        String id = unique();
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            inputs.add(article("https://news.example/many-" + i + "-" + id, "Many " + i, "Many body " + i + " " + id));
        }
        JsonPath r = post("mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { outcome } }",
                vars("inputs", inputs));
        assertEquals("LIMIT_EXCEEDED", errorCode(r));
        assertEquals("inputs", r.getString("errors[0].extensions.field"));
        assertEquals(0, ok(LIST, vars("filter", vars("text", id))).getInt("data.articles.totalCount"));
    }

    @Test
    void articlesPageNewestFirstWithoutGapsOrRepeats() {
        String publisher = "Pager " + unique();
        for (int day = 1; day <= 7; day++) {
            Map<String, Object> input = article("https://news.example/" + publisher.replace(' ', '-') + "/" + day,
                    "Day " + day + " " + publisher, "Report of day " + day + " by " + publisher);
            input.put("publisher", publisher);
            input.put("publishedAt", "2025-03-0" + day + "T10:00:00Z");
            ingest(input);
        }
        List<String> headlines = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> v = vars("filter", vars("publisher", publisher.toUpperCase()), "first", 3);
            v.put("after", after);
            JsonPath page = ok(LIST, v);
            assertEquals(7, page.getInt("data.articles.totalCount"));
            headlines.addAll(page.getList("data.articles.edges.node.headline"));
            cursors.addAll(page.getList("data.articles.edges.cursor"));
            after = page.getBoolean("data.articles.pageInfo.hasNextPage")
                    ? page.getString("data.articles.pageInfo.endCursor") : null;
            pages++;
        } while (after != null);
        assertEquals(3, pages);
        assertEquals(7, cursors.size());
        List<String> expected = new ArrayList<>();
        for (int day = 7; day >= 1; day--) {
            expected.add("Day " + day + " " + publisher);
        }
        assertEquals(expected, headlines);

        Map<String, Object> filter = vars("publisher", publisher);
        List<String> ids = walk(3, "data.articles", LIST, vars("filter", filter));
        assertEquals(7, ids.size());
        // the last rows of the list, and a page between two cursors of it
        JsonPath tail = ok(LIST, vars("filter", filter, "last", 2));
        assertEquals(List.of("Day 2 " + publisher, "Day 1 " + publisher),
                tail.getList("data.articles.edges.node.headline"));
        assertTrue(tail.getBoolean("data.articles.pageInfo.hasPreviousPage"));
        assertFalse(tail.getBoolean("data.articles.pageInfo.hasNextPage"));
        List<String> all = ok(LIST, vars("filter", filter, "first", 7)).getList("data.articles.edges.cursor");
        JsonPath between = ok(LIST, vars("filter", filter, "after", all.get(1), "before", all.get(5)));
        assertEquals(List.of("Day 5 " + publisher, "Day 4 " + publisher, "Day 3 " + publisher),
                between.getList("data.articles.edges.node.headline"));
        assertTrue(between.getBoolean("data.articles.pageInfo.hasPreviousPage"));
        JsonPath lastBetween = ok(LIST, vars("filter", filter, "after", all.get(1), "before", all.get(5), "last", 2));
        assertEquals(List.of("Day 4 " + publisher, "Day 3 " + publisher),
                lastBetween.getList("data.articles.edges.node.headline"));
        assertTrue(lastBetween.getBoolean("data.articles.pageInfo.hasPreviousPage"), "Day 5 comes before");
        assertTrue(lastBetween.getBoolean("data.articles.pageInfo.hasNextPage"), "Day 2 follows");

        JsonPath window = ok(LIST, vars("filter", vars("publisher", publisher, "publishedFrom", "2025-03-03T00:00:00Z",
                "publishedTo", "2025-03-05T23:00:00Z")));
        assertEquals(List.of("Day 5 " + publisher, "Day 4 " + publisher, "Day 3 " + publisher),
                window.getList("data.articles.edges.node.headline"));
    }

    @Test
    void pagingArgumentsAreChecked() {
        JsonPath tooMany = post(LIST, vars("first", 101));
        assertEquals("BAD_USER_INPUT", errorCode(tooMany));
        assertEquals("first", tooMany.getString("errors[0].extensions.field"));
        assertEquals("BAD_USER_INPUT", errorCode(post(LIST, vars("first", -1))));

        JsonPath forged = post(LIST, vars("first", 1, "after", "YXJ0aWNsZR8yMDI1LTAxLTAxVDAwOjAwOjAwWh8x"));
        assertEquals("BAD_USER_INPUT", errorCode(forged));
        assertEquals("after", forged.getString("errors[0].extensions.field"));

        JsonPath tooManyLast = post(LIST, vars("last", 101));
        assertEquals("BAD_USER_INPUT", errorCode(tooManyLast));
        assertEquals("last", tooManyLast.getString("errors[0].extensions.field"));
        assertEquals("last", post(LIST, vars("last", -1)).getString("errors[0].extensions.field"));
        JsonPath forgedBefore = post(LIST, vars("last", 1, "before", "YXJ0aWNsZR8yMDI1LTAxLTAxVDAwOjAwOjAwWh8x"));
        assertEquals("BAD_USER_INPUT", errorCode(forgedBefore));
        assertEquals("before", forgedBefore.getString("errors[0].extensions.field"));
        // a cursor of another list is refused as before as it is as after
        Fixtures.createLocation("Cursor " + unique());
        String locationCursor = ok("{ locations(first: 1) { edges { cursor } } }")
                .getString("data.locations.edges[0].cursor");
        assertClientError(post(LIST, vars("last", 1, "before", locationCursor)), "BAD_USER_INPUT", "before");
    }

    @Test
    void deleteArticleThenNotFound() {
        String id = unique();
        String articleId = ingest(article("https://news.example/del-" + id, "Gone " + id, "Soon gone " + id))
                .getString("data.ingestArticle.article.id");
        String delete = "mutation($id: ID!) { deleteArticle(id: $id) }";
        assertTrue(ok(delete, vars("id", articleId)).getBoolean("data.deleteArticle"));
        assertNull(ok("query($id: ID!) { article(id: $id) { id } }", vars("id", articleId)).get("data.article"));
        JsonPath again = post(delete, vars("id", articleId));
        assertEquals("NOT_FOUND", errorCode(again));
        JsonPath hostile = post(delete, vars("id", "1 OR 1=1"));
        assertEquals("BAD_USER_INPUT", errorCode(hostile));
        assertEquals("id", hostile.getString("errors[0].extensions.field"));
    }
}
