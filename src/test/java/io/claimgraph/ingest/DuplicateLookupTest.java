package io.claimgraph.ingest;

import static io.claimgraph.Fixtures.unique;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgraph.model.Article;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A batch looks for a stored copy of an article in the article's own transaction only where the batch's lookup, made
 * when it came in, found its url or content stored, or an earlier article of the batch has either.
 */
@QuarkusTest
class DuplicateLookupTest {

    private static final String INGEST = "mutation($in: [ArticleInput!]!) { ingestArticles(inputs: $in) { outcome } }";
    /** Hibernate counts a native query's runs under its SQL as sent, named parameters as "?". */
    private static final String LOOKUP = Article.BY_URL_OR_CONTENT_HASH.replaceAll(":\\w+", "?");

    @Inject
    SessionFactory sessionFactory;

    @Test
    void onlyArticlesThatMayBeStoredAreLookedFor() {
        String id = unique();
        List<Map<String, Object>> fresh = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fresh.add(article("https://lookup.example/" + id + "/" + i, "Body " + i + " of " + id));
        }
        // a fifth repeats the first one's url with new content: it may be stored by the time it is written
        fresh.add(article("https://lookup.example/" + id + "/0", "Body 0 of " + id + ", corrected"));
        assertEquals(List.of("CREATED", "CREATED", "CREATED", "CREATED", "UPDATED"), lookupsFor(fresh, 1));

        // sent again: every url is stored now, and the first url flips between its two contents
        assertEquals(List.of("UPDATED", "DUPLICATE", "DUPLICATE", "DUPLICATE", "UPDATED"), lookupsFor(fresh, 5));
    }

    /** Ingests the batch, asserts how often a stored copy was looked for, returns the outcomes. */
    private List<String> lookupsFor(List<Map<String, Object>> batch, long expected) {
        var statistics = sessionFactory.getStatistics();
        long before = statistics.getQueryStatistics(LOOKUP).getExecutionCount();
        List<String> outcomes = ok(INGEST, vars("in", batch)).getList("data.ingestArticles.outcome");
        assertEquals(expected, statistics.getQueryStatistics(LOOKUP).getExecutionCount() - before,
                "lookups for " + outcomes);
        return outcomes;
    }

    private static Map<String, Object> article(String url, String body) {
        return vars("url", url, "headline", "Lookup " + url, "body", body, "publisher", "Lookup Wire");
    }
}
