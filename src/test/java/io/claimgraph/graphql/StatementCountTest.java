package io.claimgraph.graphql;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No N+1: a deep query costs the same number of SQL statements for 5 articles as for 50, at most one per
 * nesting level, because every nested field is resolved in one batch for all parents of its level.
 */
@QuarkusTest
class StatementCountTest {

    private static final String DEEP = """
            query($publisher: String, $first: Int) {
              articles(filter: {publisher: $publisher}, first: $first) {
                edges { node { headline claims { text assertedBy { name } subjects { name } locations { name parent { name } } } } }
              }
            }""";
    private static final int LEVELS = 6; // articles, claims, assertedBy, subjects, locations, parent
    private static final String RELATED = """
            query($publisher: String, $first: Int) {
              articles(filter: {publisher: $publisher}, first: $first) {
                edges { node { claims { status time { start } corroboratedBy { id article { id } } contradictedBy { id }
                  relations { kind origin reason relatedClaim { id } } } } }
              }
            }""";
    /** articles, claims, corroboratedBy, its article, contradictedBy, relations (with the related claim joined in) */
    private static final int RELATION_LEVELS = 6;
    private static String publisher;

    @Inject
    SessionFactory sessionFactory;

    @BeforeEach
    void fiftyArticlesWithClaims() {
        if (publisher != null) {
            return;
        }
        publisher = "Counted " + UUID.randomUUID();
        String country = ok("mutation($n: String!) { createLocation(input: {name: $n, type: COUNTRY}) { id } }",
                vars("n", "Land " + publisher)).getString("data.createLocation.id");
        for (int i = 0; i < 50; i++) {
            String article = ok("mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }",
                    vars("in",
                            vars("url", "https://count.example/" + i + "/" + UUID.randomUUID(), "headline",
                                    "Counted " + i,
                                    "body", "Body " + i + " " + publisher, "publisher", publisher)))
                    .getString("data.ingestArticle.article.id");
            Fixtures.deleteExtractedClaims(article);
            String asserter = actor("Asserter " + i + " " + publisher);
            String subject = actor("Subject " + i + " " + publisher);
            String city = ok(
                    "mutation($n: String!, $p: ID) { createLocation(input: {name: $n, type: CITY, parentId: $p}) { id } }",
                    vars("n", "City " + i + " " + publisher, "p", country)).getString("data.createLocation.id");
            List<String> claims = new java.util.ArrayList<>();
            for (int c = 0; c < 2; c++) {
                claims.add(ok("mutation($in: ClaimInput!) { createClaim(input: $in) { id } }",
                        vars("in", vars("articleId", article,
                                "text", "Claim " + c + " of " + i, "assertedById", asserter, "subjectIds",
                                List.of(subject, asserter),
                                "locationIds", List.of(city, country), "timeText", "early 2024")))
                        .getString("data.createClaim.id"));
            }
            // each article's first claim corroborates, its second contradicts, the previous article's
            if (previousClaims != null) {
                relate(claims.get(0), previousClaims.get(0), "CORROBORATES");
                relate(claims.get(1), previousClaims.get(1), "CONTRADICTS");
            }
            previousClaims = claims;
        }
    }

    private static List<String> previousClaims;

    private static void relate(String claim, String other, String kind) {
        ok("mutation($in: ClaimRelationInput!) { addClaimRelation(input: $in) { id } }",
                vars("in", vars("claimId", claim, "relatedClaimId", other, "kind", kind)));
    }

    private static String actor(String name) {
        return ok("mutation($n: String!) { createActor(input: {name: $n, type: PERSON}) { id } }", vars("n", name))
                .getString("data.createActor.id");
    }

    @Test
    void deepQueryCostsTheSameForFiveAndFiftyArticles() {
        long five = statementsFor(5);
        long fifty = statementsFor(50);
        System.out.printf("SQL statements for the deep query: 5 articles %d, 50 articles %d%n", five, fifty);
        assertEquals(five, fifty, "statements for 5 vs 50 articles");
        assertTrue(fifty <= LEVELS, "at most one statement per nesting level, was " + fifty);
    }

    @Test
    void relationsCostTheSameForFiveAndFiftyArticles() {
        long five = relationStatementsFor(5);
        long fifty = relationStatementsFor(50);
        System.out.printf("SQL statements for the relations query: 5 articles %d, 50 articles %d%n", five, fifty);
        assertEquals(five, fifty, "statements for 5 vs 50 articles");
        assertTrue(fifty <= RELATION_LEVELS, "at most one statement per nesting level, was " + fifty);
    }

    private long relationStatementsFor(int articles) {
        var statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        JsonPath r = ok(RELATED, vars("publisher", publisher, "first", articles));
        long statements = statistics.getPrepareStatementCount();
        assertEquals(articles, r.getList("data.articles.edges").size());
        // newest first: the first article's claims relate to the article before it (and, but for the last, after it)
        assertEquals("DISPUTED", r.getString("data.articles.edges[0].node.claims[1].status"));
        assertEquals(1, r.getList("data.articles.edges[0].node.claims[0].corroboratedBy").size());
        assertEquals(1, r.getList("data.articles.edges[0].node.claims[1].contradictedBy").size());
        assertEquals("ANALYST", r.getString("data.articles.edges[0].node.claims[0].relations[0].origin"));
        assertEquals("2024-01-01", r.getString("data.articles.edges[0].node.claims[0].time.start"));
        return statements;
    }

    @Test
    void readsNeverFlush() {
        var statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        ok(DEEP, vars("publisher", publisher, "first", 50));
        assertEquals(0, statistics.getFlushCount(), "a read-only query must not flush (no dirty checking at commit)");
    }

    private long statementsFor(int articles) {
        var statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        JsonPath r = ok(DEEP, vars("publisher", publisher, "first", articles));
        long statements = statistics.getPrepareStatementCount();
        List<Object> edges = r.getList("data.articles.edges");
        assertEquals(articles, edges.size());
        assertEquals(2, r.getList("data.articles.edges[0].node.claims").size());
        assertEquals("Land " + publisher,
                r.getString("data.articles.edges[0].node.claims[0].locations.find { it.parent != null }.parent.name"));
        return statements;
    }
}
