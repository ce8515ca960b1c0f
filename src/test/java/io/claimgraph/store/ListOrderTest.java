package io.claimgraph.store;

import static io.claimgraph.Fixtures.assertClientError;
import static io.claimgraph.Fixtures.createActor;
import static io.claimgraph.Fixtures.createClaim;
import static io.claimgraph.Fixtures.createLocation;
import static io.claimgraph.Fixtures.ingestArticle;
import static io.claimgraph.Fixtures.unique;
import static io.claimgraph.Fixtures.walk;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * orderBy on the lists: each order walked forward and backward in pages of two, ties broken by id, cursors bound to
 * their order, and the arguments checked.
 */
@QuarkusTest
class ListOrderTest {

    static final String ARTICLES = "query($filter: ArticleFilter, $orderBy: [ArticleOrder!], $first: Int, $after: String,"
            + " $last: Int, $before: String) { articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after,"
            + " last: $last, before: $before) { totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor }"
            + " edges { cursor node { id headline } } } }";

    static Map<String, Object> key(String field, String direction) {
        return vars("field", field, "direction", direction);
    }

    /** Articles of one publisher, headline, publication day: ingested in this order. */
    private static List<String> ingest(String publisher, String[][] rows) {
        List<String> ids = new ArrayList<>();
        for (String[] row : rows) {
            Map<String, Object> input = new HashMap<>();
            input.put("url", "https://news.example.test/order/" + unique());
            input.put("headline", row[0] + " " + publisher);
            input.put("body", "A report on " + row[0] + " for the order test " + unique() + ".");
            input.put("publisher", publisher);
            input.put("publishedAt", "2024-06-" + row[1] + "T08:00:00Z");
            ids.add(ok("mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }",
                    vars("input", input)).getString("data.ingestArticle.article.id"));
        }
        return ids;
    }

    @Test
    void articlesInEachOrderTheyOffer() {
        String publisher = "Order" + unique();
        // ingested in this order; two published the same day
        List<String> ids = ingest(publisher, new String[][]{{"Delta", "03"}, {"Alpha", "05"}, {"Echo", "01"},
                {"Charlie", "05"}, {"Bravo", "02"}});
        Map<String, Object> filter = vars("publisher", publisher);
        String delta = ids.get(0), alpha = ids.get(1), echo = ids.get(2), charlie = ids.get(3), bravo = ids.get(4);

        assertEquals(List.of(alpha, bravo, charlie, delta, echo), walk(2, "data.articles", ARTICLES,
                vars("filter", filter, "orderBy", List.of(key("HEADLINE", "ASC")))));
        assertEquals(List.of(echo, delta, charlie, bravo, alpha), walk(2, "data.articles", ARTICLES,
                vars("filter", filter, "orderBy", List.of(key("HEADLINE", "DESC")))));
        assertEquals(List.of(bravo, charlie, echo, alpha, delta), walk(2, "data.articles", ARTICLES,
                vars("filter", filter, "orderBy", List.of(key("INGESTED", "DESC")))));
        // oldest published first; the two of the 5th by id (ascending, as the last key)
        assertEquals(List.of(echo, bravo, delta, alpha, charlie), walk(2, "data.articles", ARTICLES,
                vars("filter", filter, "orderBy", List.of(key("PUBLISHED", "ASC")))));
        // newest first, the two of the 5th by headline descending: keys in opposite directions across a page boundary
        assertEquals(List.of(charlie, alpha, delta, bravo, echo), walk(2, "data.articles", ARTICLES,
                vars("filter", filter, "orderBy", List.of(key("PUBLISHED", "DESC"), key("HEADLINE", "DESC")))));
        assertEquals(List.of(alpha, charlie, delta, bravo, echo), walk(2, "data.articles", ARTICLES,
                vars("filter", filter, "orderBy", List.of(key("PUBLISHED", "DESC"), key("HEADLINE", "ASC")))));
        // the direction defaults to ascending
        assertEquals(List.of(alpha, bravo, charlie, delta, echo),
                ok(ARTICLES, vars("filter", filter, "orderBy", List.of(vars("field", "HEADLINE"))))
                        .getList("data.articles.edges.node.id"));
    }

    @Test
    void aCursorBelongsToItsOrder() {
        String publisher = "Cursor" + unique();
        ingest(publisher, new String[][]{{"One", "01"}, {"Two", "02"}, {"Three", "03"}});
        Map<String, Object> filter = vars("publisher", publisher);
        String byHeadline = ok(ARTICLES, vars("filter", filter, "first", 1, "orderBy", List.of(key("HEADLINE", "ASC"))))
                .getString("data.articles.pageInfo.endCursor");
        assertClientError(post(ARTICLES, vars("filter", filter, "after", byHeadline, "orderBy",
                List.of(key("INGESTED", "ASC")))), "BAD_USER_INPUT", "after");
        assertClientError(post(ARTICLES, vars("filter", filter, "last", 1, "before", byHeadline)), "BAD_USER_INPUT",
                "before");
        assertClientError(post(ARTICLES, vars("filter", filter, "after", byHeadline, "orderBy",
                List.of(key("HEADLINE", "DESC")))), "BAD_USER_INPUT", "after");
        // the standard order asked for by name is the same order: its cursors hold
        String standard = ok(ARTICLES, vars("filter", filter, "first", 1))
                .getString("data.articles.pageInfo.endCursor");
        assertEquals(List.of("Two " + publisher), ok(ARTICLES, vars("filter", filter, "first", 1, "after", standard,
                "orderBy", List.of(key("PUBLISHED", "DESC")))).getList("data.articles.edges.node.headline"));
    }

    @Test
    void orderByIsChecked() {
        assertClientError(post(ARTICLES, vars("orderBy", List.of(key("HEADLINE", "ASC"), key("HEADLINE", "DESC")))),
                "BAD_USER_INPUT", "orderBy");
        assertClientError(post(ARTICLES, vars("orderBy", List.of(key("HEADLINE", "ASC"), key("INGESTED", "ASC"),
                key("PUBLISHED", "ASC"), key("HEADLINE", "DESC")))), "BAD_USER_INPUT", "orderBy");
    }

    @Test
    void actorsLocationsAndClaimsInBothDirections() {
        String token = unique();
        List<String> actors = new ArrayList<>();
        for (String name : List.of("Kilo", "juliet", "Lima")) {
            actors.add(createActor(name + " " + token));
        }
        String actorList = "query($f: ActorFilter, $orderBy: [ActorOrder!], $first: Int, $after: String, $last: Int,"
                + " $before: String) { actors(filter: $f, orderBy: $orderBy, first: $first, after: $after, last: $last,"
                + " before: $before) { totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor }"
                + " edges { cursor node { id } } } }";
        assertEquals(List.of(actors.get(2), actors.get(0), actors.get(1)), walk(2, "data.actors", actorList,
                vars("f", vars("name", token), "orderBy", List.of(key("NAME", "DESC")))));

        List<String> places = new ArrayList<>();
        for (String type : List.of("CITY", "REGION", "AREA")) {
            places.add(createLocation("Same " + token, type, "UA", null, null, null));
        }
        places.add(createLocation("Other " + token));
        String locationList = "query($f: LocationFilter, $orderBy: [LocationOrder!], $first: Int, $after: String,"
                + " $last: Int, $before: String) { locations(filter: $f, orderBy: $orderBy, first: $first,"
                + " after: $after, last: $last, before: $before) { totalCount pageInfo { hasNextPage endCursor"
                + " hasPreviousPage startCursor } edges { cursor node { id } } } }";
        // Z to A, equal names newest id first
        assertEquals(List.of(places.get(2), places.get(1), places.get(0), places.get(3)), walk(2, "data.locations",
                locationList, vars("f", vars("name", token), "orderBy", List.of(key("NAME", "DESC")))));

        String older = ingestArticle(token + "a", "2021-01-01T00:00:00Z");
        String newer = ingestArticle(token + "b", "2021-02-01T00:00:00Z");
        List<String> claims = List.of(createClaim(newer, "Later " + token), createClaim(older, "Earlier " + token),
                createClaim(older, "Also earlier " + token));
        String claimList = "query($f: ClaimFilter, $orderBy: [ClaimOrder!], $first: Int, $after: String, $last: Int,"
                + " $before: String) { claims(filter: $f, orderBy: $orderBy, first: $first, after: $after, last: $last,"
                + " before: $before) { totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor }"
                + " edges { cursor node { id } } } }";
        // oldest first, claims of one article by id
        assertEquals(List.of(claims.get(1), claims.get(2), claims.get(0)), walk(2, "data.claims", claimList,
                vars("f", vars("text", token), "orderBy", List.of(key("RECENCY", "ASC")))));

        // by when it happened: a claim dated by its own words goes before its article's day
        String dated = "mutation($id: ID!, $input: ClaimUpdateInput!) { updateClaim(id: $id, input: $input) { id } }";
        ok(dated, vars("id", claims.get(2), "input", vars("timeText", "in March 2020")));
        assertEquals(List.of(claims.get(2), claims.get(1), claims.get(0)), walk(2, "data.claims", claimList,
                vars("f", vars("text", token), "orderBy", List.of(key("TIME", "ASC")))));
        // the date follows the claim: dated later than both articles, it moves to the other end
        ok(dated, vars("id", claims.get(2), "input", vars("timeText", "in March 2023")));
        assertEquals(List.of(claims.get(2), claims.get(0), claims.get(1)), walk(2, "data.claims", claimList,
                vars("f", vars("text", token), "orderBy", List.of(key("TIME", "DESC")))));

        // by certainty in the schema's order (ASSERTED before DENIED), not the alphabet's; ties newest id first
        ok(dated, vars("id", claims.get(0), "input", vars("certainty", "DENIED")));
        ok(dated, vars("id", claims.get(1), "input", vars("certainty", "ASSERTED")));
        ok(dated, vars("id", claims.get(2), "input", vars("certainty", "ESTIMATED")));
        assertEquals(List.of(claims.get(1), claims.get(2), claims.get(0)), walk(2, "data.claims", claimList,
                vars("f", vars("text", token), "orderBy", List.of(key("CERTAINTY", "ASC")))));
        // the rank follows the value when it changes
        ok(dated, vars("id", claims.get(0), "input", vars("certainty", "REPORTED")));
        assertEquals(List.of(claims.get(2), claims.get(0), claims.get(1)), walk(2, "data.claims", claimList,
                vars("f", vars("text", token), "orderBy", List.of(key("CERTAINTY", "DESC")))));
        // by status: a contradiction made between two of them moves both to the DISPUTED end
        String relate = "mutation($in: ClaimRelationInput!) { addClaimRelation(input: $in) { status } }";
        ok(relate, vars("in", vars("claimId", claims.get(0), "relatedClaimId", claims.get(1), "kind", "CONTRADICTS")));
        assertEquals(List.of(claims.get(2), claims.get(1), claims.get(0)), walk(2, "data.claims", claimList,
                vars("f", vars("text", token), "orderBy", List.of(key("STATUS", "ASC"), key("RECENCY", "ASC")))));
        String statusList = "query($f: ClaimFilter, $orderBy: [ClaimOrder!]) { claims(filter: $f, orderBy: $orderBy)"
                + " { edges { node { status } } } }";
        assertEquals(List.of("UNREVIEWED", "DISPUTED", "DISPUTED"), ok(statusList, vars("f", vars("text", token),
                "orderBy", List.of(key("STATUS", "ASC"), key("RECENCY", "ASC"))))
                .getList("data.claims.edges.node.status"));
    }
}
