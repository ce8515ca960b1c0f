package io.claimgraph.claim;

import static io.claimgraph.Fixtures.assertClientError;
import static io.claimgraph.Fixtures.claimInput;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every claim query and mutation over real GraphQL, error paths included. */
@QuarkusTest
public class ClaimApiTest {

    private static final String FIELDS = "id text attribution certainty hedges timeText quantities { value }"
            + " article { id } assertedBy { id name } subjects { id } locations { id }";
    private static final String CREATE = "mutation($input: ClaimInput!) { createClaim(input: $input) { " + FIELDS
            + " } }";
    private static final String UPDATE = "mutation($id: ID!, $input: ClaimUpdateInput!) { updateClaim(id: $id, input: $input) { "
            + FIELDS + " } }";
    private static final String GET = "query($id: ID!) { claim(id: $id) { " + FIELDS + " } }";
    private static final String LIST = "query($filter: ClaimFilter, $first: Int, $after: String, $last: Int, $before: String) {"
            + " claims(filter: $filter, first: $first, after: $after, last: $last, before: $before) {"
            + " totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { id } } } }";
    private static final String DELETE = "mutation($id: ID!) { deleteClaim(id: $id) }";
    private static final String ARTICLE = "query($id: ID!) { article(id: $id) { id claims { id text } actors { id } locations { id } } }";

    private static List<String> listIds(Map<String, Object> filter) {
        return ok(LIST, vars("filter", filter, "first", 100)).getList("data.claims.edges.node.id");
    }

    private static int count(Map<String, Object> filter) {
        return ok(LIST, vars("filter", filter, "first", 0)).getInt("data.claims.totalCount");
    }

    private static Map<String, Object> update(Object... keyValues) {
        return vars(keyValues);
    }

    // ---------------------------------------------------------------- create

    @Test
    void createClaimResolvesEverythingAndLinksTheArticle() {
        String token = unique();
        String article = ingestArticle(token);
        String asserter = createActor("Ministry " + token, "GOVERNMENT", null, "UA");
        String subjectA = createActor("Brigade A " + token, "ARMED_FORCE", null, null);
        String subjectB = createActor("Brigade B " + token, "ARMED_FORCE", null, null);
        String place = createLocation("Town " + token);
        int before = count(Map.of("articleId", article));

        Map<String, Object> input = claimInput(article, "  Two brigades moved into the town " + token + ".  ", asserter,
                List.of(subjectA, subjectB), List.of(place), null);
        input.put("attribution", "the ministry");
        JsonPath created = ok(CREATE, vars("input", input));
        String id = created.getString("data.createClaim.id");
        assertNotNull(id);
        assertEquals("Two brigades moved into the town " + token + ".", created.getString("data.createClaim.text"));
        assertEquals("ASSERTED", created.getString("data.createClaim.certainty"), "certainty defaults to ASSERTED");
        assertEquals("the ministry", created.getString("data.createClaim.attribution"));
        assertEquals(article, created.getString("data.createClaim.article.id"));
        assertEquals(asserter, created.getString("data.createClaim.assertedBy.id"));
        assertEquals("Ministry " + token, created.getString("data.createClaim.assertedBy.name"));
        assertEquals(Set.of(subjectA, subjectB), Set.copyOf(created.getList("data.createClaim.subjects.id")));
        assertEquals(List.of(place), created.getList("data.createClaim.locations.id"));
        assertEquals(List.of(), created.getList("data.createClaim.hedges"));
        assertEquals(List.of(), created.getList("data.createClaim.quantities"));

        JsonPath read = ok(GET, vars("id", id));
        assertEquals(created.getMap("data.createClaim"), read.getMap("data.claim"),
                "claim(id) reads back what was created");

        JsonPath art = ok(ARTICLE, vars("id", article));
        assertTrue(art.getList("data.article.claims.id").contains(id));
        assertEquals(Set.of(asserter, subjectA, subjectB), Set.copyOf(art.getList("data.article.actors.id")));
        assertEquals(List.of(place), art.getList("data.article.locations.id"));
        assertEquals(before + 1, count(Map.of("articleId", article)));
    }

    @Test
    void createClaimInTheArticlesOwnVoiceWithACertainty() {
        String token = unique();
        String article = ingestArticle(token);
        JsonPath created = ok(CREATE,
                vars("input", claimInput(article, "Casualties are estimated " + token, null, null, null, "ESTIMATED")));
        assertEquals("ESTIMATED", created.getString("data.createClaim.certainty"));
        assertNull(created.get("data.createClaim.assertedBy"));
        assertNull(created.get("data.createClaim.attribution"));
        assertEquals(List.of(), created.getList("data.createClaim.subjects"));
        assertEquals(List.of(), created.getList("data.createClaim.locations"));
    }

    @Test
    void claimsOfAnArticleKeepTheirOrder() {
        String token = unique();
        String article = ingestArticle(token);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(createClaim(article, "Claim " + i + " " + token));
        }
        List<String> listed = ok(ARTICLE, vars("id", article)).getList("data.article.claims.id");
        assertEquals(ids, listed.stream().filter(ids::contains).toList(),
                "Article.claims in the order they were added");
    }

    @Test
    void createClaimErrors() {
        String token = unique();
        String article = ingestArticle(token);
        String actor = createActor("Someone " + token);
        String place = createLocation("Somewhere " + token);

        JsonPath unknownArticle = post(CREATE,
                vars("input", claimInput("999999999999", "Text " + token, null, null, null, null)));
        assertClientError(unknownArticle, "NOT_FOUND", "input.articleId");
        assertNull(unknownArticle.get("data"));
        assertClientError(post(CREATE, vars("input", claimInput("1 OR 1=1", "Text " + token, null, null, null, null))),
                "BAD_USER_INPUT", "input.articleId");
        assertClientError(post(CREATE, vars("input", claimInput(article, "   ", null, null, null, null))),
                "BAD_USER_INPUT", "input.text");
        assertClientError(post(CREATE, vars("input", claimInput(article, "", null, null, null, null))),
                "BAD_USER_INPUT", "input.text");
        assertClientError(
                post(CREATE, vars("input", claimInput(article, "Text " + token, "999999999999", null, null, null))),
                "NOT_FOUND", "input.assertedById");
        assertClientError(post(CREATE, vars("input", claimInput(article, "Text " + token, "x", null, null, null))),
                "BAD_USER_INPUT", "input.assertedById");
        assertClientError(
                post(CREATE,
                        vars("input",
                                claimInput(article, "Text " + token, null, List.of(actor, "999999999999"), null,
                                        null))),
                "NOT_FOUND", "input.subjectIds[1]");
        assertClientError(
                post(CREATE,
                        vars("input",
                                claimInput(article, "Text " + token, actor, List.of(actor), List.of("999999999999"),
                                        null))),
                "NOT_FOUND", "input.locationIds[0]");
        assertClientError(
                post(CREATE,
                        vars("input", claimInput(article, "Text " + token, null, null, List.of(place, "1;2"), null))),
                "BAD_USER_INPUT", "input.locationIds[1]");
        // an unknown enum value is refused by GraphQL itself
        Map<String, Object> badCertainty = claimInput(article, "Text " + token, null, null, null, null);
        badCertainty.put("certainty", "PROBABLY");
        assertNotNull(post(CREATE, vars("input", badCertainty)).get("errors"));
    }

    @Test
    void nothingIsHalfWrittenAfterAnError() {
        String token = unique();
        String article = ingestArticle(token);
        String actor = createActor("Valid " + token);
        String place = createLocation("Valid place " + token);
        int before = count(Map.of("articleId", article));

        assertClientError(
                post(CREATE, vars("input", claimInput(article, "Half " + token, actor, List.of(actor, "999999999999"),
                        List.of(place), null))),
                "NOT_FOUND", "input.subjectIds[1]");
        assertClientError(post(CREATE, vars("input", claimInput(article, "Half " + token, actor, List.of(actor),
                List.of(place, "999999999999"), null))), "NOT_FOUND", "input.locationIds[1]");

        assertEquals(before, count(Map.of("articleId", article)), "no claim was stored");
        assertEquals(0, count(Map.of("text", "Half " + token)));
        JsonPath art = ok(ARTICLE, vars("id", article));
        assertFalse(art.getList("data.article.actors.id").contains(actor), "no article link was stored");
        assertFalse(art.getList("data.article.locations.id").contains(place));
        // so the actor and the place are still free to delete
        assertEquals(true,
                ok("mutation($id: ID!) { deleteActor(id: $id) }", vars("id", actor)).getBoolean("data.deleteActor"));
        assertEquals(true, ok("mutation($id: ID!) { deleteLocation(id: $id) }", vars("id", place))
                .getBoolean("data.deleteLocation"));
    }

    // ---------------------------------------------------------------- claim(id)

    @Test
    void claimByIdIsNullForUnknownIdAndRefusesNonNumericIds() {
        JsonPath unknown = ok(GET, vars("id", "999999999999"));
        assertTrue(unknown.getMap("data").containsKey("claim"));
        assertNull(unknown.get("data.claim"));
        assertClientError(post(GET, vars("id", "1 OR 1=1")), "BAD_USER_INPUT", "id");
    }

    // ---------------------------------------------------------------- claims(filter)

    @Test
    void claimsFilters() {
        String token = unique();
        String article1 = ingestArticle(token + "one", "2021-06-01T00:00:00Z");
        String article2 = ingestArticle(token + "two", "2021-06-02T00:00:00Z");
        String russia = createActor("Moscow " + token, "STATE", null, "RU");
        String ukraine = createActor("Kyiv " + token, "STATE", null, "UA");
        String analyst = createActor("Analyst " + token, "PERSON", null, null);
        String donbas = createLocation("Donbas " + token, "AREA", "UA", null, null, null);
        String crimea = createLocation("Crimea " + token, "AREA", "UA", null, null, null);

        String c1 = createClaim(article1, "Troops ADVANCED near the river " + token, russia, List.of(ukraine),
                List.of(donbas), null);
        String c2 = createClaim(article1, "Reports of shelling " + token, ukraine, List.of(russia), List.of(crimea),
                "REPORTED");
        String c3 = createClaim(article2, "Losses estimated at 500 " + token, analyst, List.of(russia, ukraine),
                List.of(donbas, crimea),
                "ESTIMATED");
        String c4 = createClaim(article2, "Moscow denies the advance " + token, russia, null, null, "DENIED");
        String c5 = createClaim(article2, "A ceasefire may follow " + token, null, null, null, "SPECULATIVE");

        assertEquals(List.of(c5, c4, c3, c2, c1), listIds(Map.of("text", token)),
                "newest article first, then latest claim first");
        assertEquals(5, count(Map.of("text", token)));
        // text: case-insensitive substring
        assertEquals(List.of(c1), listIds(Map.of("text", "TROOPS advanced NEAR the river " + token.toUpperCase())));
        assertEquals(List.of(c1), listIds(Map.of("text", "ADVANCE", "articleId", article1)));
        assertEquals(List.of(c4), listIds(Map.of("text", "advance", "articleId", article2)));
        assertEquals(List.of(c4), listIds(Map.of("text", "the advance " + token)));
        // articleId
        assertEquals(Set.of(c1, c2), Set.copyOf(listIds(Map.of("articleId", article1))));
        assertEquals(Set.of(c3, c4, c5), Set.copyOf(listIds(Map.of("articleId", article2))));
        // actorId: asserter or subject
        assertEquals(Set.of(c1, c2, c3, c4), Set.copyOf(listIds(Map.of("actorId", russia))));
        assertEquals(Set.of(c1, c2, c3), Set.copyOf(listIds(Map.of("actorId", ukraine))));
        assertEquals(Set.of(c3), Set.copyOf(listIds(Map.of("actorId", analyst))));
        // assertedById: asserter only
        assertEquals(Set.of(c1, c4), Set.copyOf(listIds(Map.of("assertedById", russia))));
        assertEquals(Set.of(c2), Set.copyOf(listIds(Map.of("assertedById", ukraine))));
        // locationId
        assertEquals(Set.of(c1, c3), Set.copyOf(listIds(Map.of("locationId", donbas))));
        assertEquals(Set.of(c2, c3), Set.copyOf(listIds(Map.of("locationId", crimea))));
        // certainty: any of the list
        assertEquals(Set.of(c2, c3),
                Set.copyOf(listIds(Map.of("text", token, "certainty", List.of("REPORTED", "ESTIMATED")))));
        assertEquals(Set.of(c1), Set.copyOf(listIds(Map.of("text", token, "certainty", List.of("ASSERTED")))));
        // combined filters narrow
        assertEquals(List.of(c3), listIds(Map.of("actorId", russia, "locationId", crimea, "articleId", article2)));
        assertEquals(List.of(c4), listIds(Map.of("actorId", russia, "certainty", List.of("DENIED", "SPECULATIVE"))));
        assertEquals(List.of(c2), listIds(Map.of("assertedById", ukraine, "locationId", crimea, "text", "shelling")));
        assertEquals(List.of(), listIds(Map.of("assertedById", analyst, "articleId", article1)));
        assertEquals(List.of(), listIds(Map.of("actorId", ukraine, "certainty", List.of("DENIED"))));
        // an empty certainty list means no filter on certainty
        assertEquals(5, count(Map.of("text", token, "certainty", List.of())));
        // ids in a filter are checked
        assertClientError(post(LIST, vars("filter", Map.of("actorId", "1 OR 1=1"))), "BAD_USER_INPUT",
                "filter.actorId");
        assertClientError(post(LIST, vars("filter", Map.of("articleId", "x"))), "BAD_USER_INPUT", "filter.articleId");
        assertClientError(post(LIST, vars("filter", Map.of("locationId", "x"))), "BAD_USER_INPUT", "filter.locationId");
        assertClientError(post(LIST, vars("filter", Map.of("assertedById", "x"))), "BAD_USER_INPUT",
                "filter.assertedById");
        // unknown ids simply match nothing
        assertEquals(0, count(Map.of("actorId", "999999999999")));
    }

    @Test
    void anActorThatIsAsserterAndSubjectListsTheClaimOnce() {
        String token = unique();
        String article = ingestArticle(token);
        String actor = createActor("Self-referent " + token);
        JsonPath created = ok(CREATE,
                vars("input", claimInput(article, "We did it " + token, actor, List.of(actor, actor), null, null)));
        String claim = created.getString("data.createClaim.id");
        assertEquals(List.of(actor), created.getList("data.createClaim.subjects.id"),
                "a repeated subject id is stored once");
        JsonPath page = ok(LIST, vars("filter", Map.of("actorId", actor), "first", 10));
        assertEquals(List.of(claim), page.getList("data.claims.edges.node.id"));
        assertEquals(1, page.getInt("data.claims.totalCount"));
        assertEquals(List.of(actor), ok("query($id: ID!) { article(id: $id) { actors { id } } }", vars("id", article))
                .getList("data.article.actors.id"), "the article mentions the actor once");
    }

    @Test
    void walkingAllPagesGivesEveryClaimOnce() {
        String token = unique();
        String older = ingestArticle(token + "old", "2020-01-01T00:00:00Z");
        String newer = ingestArticle(token + "new", "2020-02-01T00:00:00Z");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(createClaim(older, "Old " + i + " " + token));
            created.add(createClaim(newer, "New " + i + " " + token));
        }
        Map<String, Object> filter = Map.of("text", token);
        List<String> walked = walk(2, "data.claims", LIST, vars("filter", filter));
        assertEquals(Set.copyOf(created), Set.copyOf(walked));
        assertEquals(6, walked.size());
        assertEquals(Set.of(created.get(1), created.get(3), created.get(5)), Set.copyOf(walked.subList(0, 3)),
                "newer article first");

        String cursor = ok(LIST, vars("filter", filter, "first", 2)).getString("data.claims.pageInfo.endCursor");
        String forged = (cursor.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);
        assertClientError(post(LIST, vars("filter", filter, "first", 2, "after", forged)), "BAD_USER_INPUT", "after");
        assertClientError(post(LIST, vars("filter", filter, "first", 101)), "BAD_USER_INPUT", "first");
        assertClientError(post(LIST, vars("filter", filter, "first", -1)), "BAD_USER_INPUT", "first");
    }

    // ---------------------------------------------------------------- update

    @Test
    void updateClaimChangesCertaintyAsserterSubjectsAndLocations() {
        String token = unique();
        String article = ingestArticle(token);
        String first = createActor("First " + token);
        String second = createActor("Second " + token);
        String third = createActor("Third " + token);
        String placeA = createLocation("Place A " + token);
        String placeB = createLocation("Place B " + token);
        String claim = createClaim(article, "Correct me " + token, first, List.of(second), List.of(placeA), null);

        JsonPath updated = ok(UPDATE, vars("id", claim, "input", update("certainty", "DENIED", "assertedById", second,
                "subjectIds", List.of(first, third), "locationIds", List.of(placeB), "attribution", "a spokesman")));
        assertEquals(claim, updated.getString("data.updateClaim.id"));
        JsonPath read = ok(GET, vars("id", claim));
        assertEquals("DENIED", read.getString("data.claim.certainty"));
        assertEquals(second, read.getString("data.claim.assertedBy.id"));
        assertEquals(Set.of(first, third), Set.copyOf(read.getList("data.claim.subjects.id")));
        assertEquals(List.of(placeB), read.getList("data.claim.locations.id"));
        assertEquals("a spokesman", read.getString("data.claim.attribution"));
        assertEquals("Correct me " + token, read.getString("data.claim.text"), "text is not editable");
        assertEquals(updated.getMap("data.updateClaim"), read.getMap("data.claim"));

        // the filters follow the correction
        assertEquals(List.of(claim), listIds(Map.of("assertedById", second, "text", token)));
        assertEquals(List.of(), listIds(Map.of("assertedById", first, "text", token)));
        assertEquals(List.of(claim), listIds(Map.of("actorId", third)));
        assertEquals(List.of(), listIds(Map.of("locationId", placeA)));
        assertEquals(List.of(claim), listIds(Map.of("locationId", placeB, "certainty", List.of("DENIED"))));
        // the article now mentions the new actors and place too
        JsonPath art = ok(ARTICLE, vars("id", article));
        assertTrue(art.getList("data.article.actors.id").containsAll(List.of(first, second, third)));
        assertTrue(art.getList("data.article.locations.id").contains(placeB));

        // fields left out stay as they are
        JsonPath partial = ok(UPDATE, vars("id", claim, "input", update("certainty", "REPORTED")));
        assertEquals("REPORTED", partial.getString("data.updateClaim.certainty"));
        assertEquals(second, partial.getString("data.updateClaim.assertedBy.id"));
        assertEquals(Set.of(first, third), Set.copyOf(partial.getList("data.updateClaim.subjects.id")));
        assertEquals(List.of(placeB), partial.getList("data.updateClaim.locations.id"));

        // clearAssertedBy and empty lists detach
        JsonPath detached = ok(UPDATE,
                vars("id", claim, "input", update("clearAssertedBy", true, "subjectIds", List.of(),
                        "locationIds", List.of())));
        assertNull(detached.get("data.updateClaim.assertedBy"));
        assertEquals(List.of(), detached.getList("data.updateClaim.subjects"));
        assertEquals(List.of(), detached.getList("data.updateClaim.locations"));
        assertEquals(List.of(), listIds(Map.of("actorId", third)));
        assertEquals(List.of(), listIds(Map.of("actorId", second)));
    }

    @Test
    void updateClaimErrorsChangeNothing() {
        String token = unique();
        String article = ingestArticle(token);
        String actor = createActor("Keeper " + token);
        String claim = createClaim(article, "Stable " + token, actor, List.of(actor), null, "REPORTED");

        assertClientError(post(UPDATE, vars("id", "999999999999", "input", update("certainty", "DENIED"))), "NOT_FOUND",
                "id");
        assertClientError(post(UPDATE, vars("id", "1 OR 1=1", "input", update("certainty", "DENIED"))),
                "BAD_USER_INPUT", "id");
        assertClientError(
                post(UPDATE, vars("id", claim, "input", update("certainty", "DENIED", "assertedById", "999999999999"))),
                "NOT_FOUND", "input.assertedById");
        assertClientError(
                post(UPDATE,
                        vars("id", claim, "input",
                                update("certainty", "DENIED", "subjectIds", List.of("999999999999")))),
                "NOT_FOUND", "input.subjectIds[0]");
        assertClientError(post(UPDATE, vars("id", claim, "input", update("certainty", "DENIED", "clearAssertedBy", true,
                "locationIds", List.of("999999999999")))), "NOT_FOUND", "input.locationIds[0]");

        JsonPath read = ok(GET, vars("id", claim));
        assertEquals("REPORTED", read.getString("data.claim.certainty"), "a refused update changes nothing");
        assertEquals(actor, read.getString("data.claim.assertedBy.id"));
        assertEquals(List.of(actor), read.getList("data.claim.subjects.id"));
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteClaim() {
        String token = unique();
        String article = ingestArticle(token);
        String actor = createActor("Deleted claims' actor " + token);
        String claim = createClaim(article, "Short-lived " + token, actor, null, null, null);
        String kept = createClaim(article, "Kept " + token);

        assertEquals(true, ok(DELETE, vars("id", claim)).getBoolean("data.deleteClaim"));
        assertNull(ok(GET, vars("id", claim)).get("data.claim"));
        assertEquals(List.of(kept), listIds(Map.of("text", token)));
        assertFalse(ok(ARTICLE, vars("id", article)).getList("data.article.claims.id").contains(claim));
        // the actor is free once its only claim is gone
        assertEquals(true,
                ok("mutation($id: ID!) { deleteActor(id: $id) }", vars("id", actor)).getBoolean("data.deleteActor"));

        assertClientError(post(DELETE, vars("id", claim)), "NOT_FOUND", "id");
        assertClientError(post(DELETE, vars("id", "1 OR 1=1")), "BAD_USER_INPUT", "id");
    }

    @Test
    void deleteArticleDeletesItsClaims() {
        String token = unique();
        String article = ingestArticle(token);
        String other = ingestArticle(token + "other");
        String actor = createActor("Survivor " + token);
        String place = createLocation("Survivor place " + token);
        String c1 = createClaim(article, "Gone one " + token, actor, List.of(actor), List.of(place), null);
        String c2 = createClaim(article, "Gone two " + token);
        String c3 = createClaim(other, "Stays " + token, null, List.of(actor), null, null);

        assertEquals(true, ok("mutation($id: ID!) { deleteArticle(id: $id) }", vars("id", article))
                .getBoolean("data.deleteArticle"));
        assertNull(ok(GET, vars("id", c1)).get("data.claim"));
        assertNull(ok(GET, vars("id", c2)).get("data.claim"));
        assertNull(ok(ARTICLE, vars("id", article)).get("data.article"));
        assertEquals(0, count(Map.of("articleId", article)));
        assertEquals(List.of(c3), listIds(Map.of("text", token)));
        assertEquals(List.of(c3), listIds(Map.of("actorId", actor)));
        assertEquals(List.of(), listIds(Map.of("locationId", place)));
        // actors and locations stay; the place is free to delete now
        JsonPath nested = ok("query($id: ID!) { actor(id: $id) { id claims { totalCount } articles { totalCount } } }",
                vars("id", actor));
        assertEquals(1, nested.getInt("data.actor.claims.totalCount"));
        assertEquals(1, nested.getInt("data.actor.articles.totalCount"));
        assertEquals(true, ok("mutation($id: ID!) { deleteLocation(id: $id) }", vars("id", place))
                .getBoolean("data.deleteLocation"));

        assertClientError(post("mutation($id: ID!) { deleteArticle(id: $id) }", vars("id", article)), "NOT_FOUND",
                "id");
    }

    // ---------------------------------------------------------------- nested from the claim side

    @Test
    void manyClaimsInOneResponseResolveTheirOwnRelations() {
        String token = unique();
        String article = ingestArticle(token);
        Map<String, String> asserterOf = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            String actor = createActor("Speaker " + i + " " + token);
            String claim = createClaim(article, "Statement " + i + " " + token, actor, List.of(actor), null, null);
            asserterOf.put(claim, actor);
        }
        JsonPath page = ok(
                "query($f: ClaimFilter) { claims(filter: $f) { edges { node { id article { id } assertedBy { id }"
                        + " subjects { id } } } } }",
                vars("f", Map.of("text", token)));
        List<Map<String, Object>> nodes = page.getList("data.claims.edges.node");
        assertEquals(4, nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            String claim = page.getString("data.claims.edges[" + i + "].node.id");
            assertEquals(asserterOf.get(claim), page.getString("data.claims.edges[" + i + "].node.assertedBy.id"));
            assertEquals(List.of(asserterOf.get(claim)), page.getList("data.claims.edges[" + i + "].node.subjects.id"));
            assertEquals(article, page.getString("data.claims.edges[" + i + "].node.article.id"));
        }
    }
}
