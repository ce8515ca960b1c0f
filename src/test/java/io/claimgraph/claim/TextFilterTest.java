package io.claimgraph.claim;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The {@code text} filter: a case-insensitive substring on both databases, narrowed by the full-text index on
 * PostgreSQL, where a fragment from inside a word finds nothing.
 */
@QuarkusTest
public class TextFilterTest {

    private static final String COUNT = "query($f: ClaimFilter) { claims(filter: $f) { totalCount } }";
    private static final String ARTICLES = "query($f: ArticleFilter) { articles(filter: $f) { totalCount } }";

    @Test
    void substringsFromWordStartsMatchOnBothDatabasesFragmentsOnlyOnH2() {
        String marker = Fixtures.unique();
        String text = ok("mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { claims { text } } } }",
                vars("in", vars(
                        "url", "https://text-filter.example/" + marker, "headline", "Harbour " + marker + " reopens",
                        "body",
                        "The harbour of Zeebrugge " + marker
                                + " reopened on Monday after repairs, the port authority said.")))
                .getString("data.ingestArticle.article.claims[0].text");
        int at = text.indexOf("Zeebrugge " + marker);

        assertEquals(1, claims("zeebrugge " + marker));
        assertEquals(1, claims(text.toUpperCase()));
        assertEquals(1, claims(text.substring(at, at + 7)), "a prefix of a word");
        assertEquals(0, claims(marker + " zeebrugge"), "words in another order are not the substring");
        assertEquals(1, articles(marker + " reopens"));
        assertEquals(1, articles("zeebrugge " + marker + " reopened on monday"));

        boolean fullText = "postgresql"
                .equals(ConfigProvider.getConfig().getValue("quarkus.datasource.db-kind", String.class));
        assertEquals(fullText ? 0 : 1, claims(text.substring(at + 1)), "a fragment from inside a word");
    }

    private static int claims(String text) {
        return ok(COUNT, vars("f", vars("text", text))).getInt("data.claims.totalCount");
    }

    private static int articles(String text) {
        return ok(ARTICLES, vars("f", vars("text", text))).getInt("data.articles.totalCount");
    }
}
