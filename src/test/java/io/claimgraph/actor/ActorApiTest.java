package io.claimgraph.actor;

import static io.claimgraph.Fixtures.assertClientError;
import static io.claimgraph.Fixtures.createActor;
import static io.claimgraph.Fixtures.createClaim;
import static io.claimgraph.Fixtures.ingestArticle;
import static io.claimgraph.Fixtures.unique;
import static io.claimgraph.Fixtures.walk;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every actor query and mutation over real GraphQL, error paths included. */
@QuarkusTest
public class ActorApiTest {

    private static final String ACTOR_FIELDS = "id name type aliases countryCode";

    private static final String CREATE = "mutation($input: ActorInput!) { createActor(input: $input) { " + ACTOR_FIELDS
            + " } }";
    private static final String UPDATE = "mutation($id: ID!, $input: ActorInput!) { updateActor(id: $id, input: $input) { "
            + ACTOR_FIELDS + " } }";
    private static final String GET = "query($id: ID!) { actor(id: $id) { " + ACTOR_FIELDS + " } }";
    private static final String LIST = "query($filter: ActorFilter, $first: Int, $after: String, $last: Int, $before: String) {"
            + " actors(filter: $filter, first: $first, after: $after, last: $last, before: $before) {"
            + " totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { "
            + ACTOR_FIELDS + " } } } }";
    private static final String DELETE = "mutation($id: ID!) { deleteActor(id: $id) }";
    private static final String MERGE = "mutation($s: ID!, $t: ID!) { mergeActors(sourceId: $s, targetId: $t) { "
            + ACTOR_FIELDS + " } }";
    private static final String UPDATE_CLAIM = "mutation($id: ID!, $input: ClaimUpdateInput!) { updateClaim(id: $id, input: $input) { id } }";

    private static Map<String, Object> input(String name, String type, List<String> aliases, String countryCode) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("type", type);
        input.put("aliases", aliases);
        input.put("countryCode", countryCode);
        return input;
    }

    private static JsonPath list(Map<String, Object> filter, Integer first, String after) {
        return ok(LIST, vars("filter", filter, "first", first, "after", after));
    }

    private static List<String> listIds(Map<String, Object> filter) {
        return list(filter, 100, null).getList("data.actors.edges.node.id");
    }

    // ---------------------------------------------------------------- create

    @Test
    void createActorStoresAliasesAndUpperCasesCountryCode() {
        String name = "Ministry " + unique();
        JsonPath created = ok(CREATE,
                vars("input", input("  " + name + "  ", "GOVERNMENT", List.of("MinOne", "MinTwo"), "ua")));
        String id = created.getString("data.createActor.id");
        assertNotNull(id);
        assertEquals(name, created.getString("data.createActor.name"), "name is stored stripped");
        assertEquals("GOVERNMENT", created.getString("data.createActor.type"));
        assertEquals("UA", created.getString("data.createActor.countryCode"));
        assertEquals(List.of("MinOne", "MinTwo"), created.getList("data.createActor.aliases"));

        JsonPath read = ok(GET, vars("id", id));
        assertEquals(id, read.getString("data.actor.id"));
        assertEquals(name, read.getString("data.actor.name"));
        assertEquals("GOVERNMENT", read.getString("data.actor.type"));
        assertEquals("UA", read.getString("data.actor.countryCode"));
        assertEquals(List.of("MinOne", "MinTwo"), read.getList("data.actor.aliases"));
    }

    @Test
    void createActorWithoutOptionalFields() {
        String name = "Plain " + unique();
        JsonPath created = ok(CREATE, vars("input", input(name, "PERSON", null, null)));
        assertEquals(List.of(), created.getList("data.createActor.aliases"));
        assertNull(created.getString("data.createActor.countryCode"));
    }

    @Test
    void createActorRefusesATakenNameAlsoDifferingOnlyByCaseOrDiacritics() {
        String token = unique();
        String name = "Émile Duçroix " + token;
        createActor(name);
        for (String taken : List.of(name, "EMILE DUCROIX " + token.toUpperCase(), "emile  ducroix " + token)) {
            JsonPath response = post(CREATE, vars("input", input(taken, "PERSON", null, null)));
            assertClientError(response, "CONFLICT", "input.name");
            assertNull(response.get("data"), "no actor comes back from a refused create");
        }
        assertEquals(1, list(Map.of("name", token), 100, null).getInt("data.actors.totalCount"),
                "nothing else was stored");
    }

    @Test
    void createActorRefusesBlankNameAndBadCountryCode() {
        String token = unique();
        assertClientError(post(CREATE, vars("input", input("   ", "PERSON", null, null))), "BAD_USER_INPUT",
                "input.name");
        assertClientError(post(CREATE, vars("input", input("", "PERSON", null, null))), "BAD_USER_INPUT", "input.name");
        for (String code : List.of("UKR", "U", "1A", "u-")) {
            assertClientError(post(CREATE, vars("input", input("Bad country " + token, "STATE", null, code))),
                    "BAD_USER_INPUT",
                    "input.countryCode");
        }
        assertEquals(0, list(Map.of("name", token), 100, null).getInt("data.actors.totalCount"), "nothing was stored");
    }

    @Test
    void createActorDropsRepeatedAliasesAndOneEqualToTheName() {
        String token = unique();
        JsonPath created = ok(CREATE, vars("input", input("Dedup " + token, "PERSON",
                List.of("Twin " + token, "TWIN " + token, "twín " + token, "dedup " + token, "Other " + token), null)));
        assertEquals(List.of("Twin " + token, "Other " + token), created.getList("data.createActor.aliases"));
    }

    @Test
    void aBlankAliasIsRefusedWithItsIndex() {
        String token = unique();
        JsonPath response = post(CREATE,
                vars("input", input("Blank alias " + token, "PERSON", List.of("Fine " + token, " "), null)));
        assertClientError(response, "BAD_USER_INPUT", "input.aliases[1]");
        assertEquals(0, list(Map.of("name", token), 10, null).getInt("data.actors.totalCount"), "nothing was stored");
    }

    // ---------------------------------------------------------------- update, aliases

    @Test
    void updateActorReplacesFields() {
        String token = unique();
        String id = createActor("Old " + token, "ORGANIZATION", List.of("OldAlias " + token), "de");
        JsonPath updated = ok(UPDATE,
                vars("id", id, "input", input("New " + token, "COMPANY", List.of("NewAlias " + token), "fr")));
        assertEquals(id, updated.getString("data.updateActor.id"));
        assertEquals("New " + token, updated.getString("data.updateActor.name"));
        assertEquals("COMPANY", updated.getString("data.updateActor.type"));
        assertEquals("FR", updated.getString("data.updateActor.countryCode"));
        assertEquals(List.of("NewAlias " + token), updated.getList("data.updateActor.aliases"));

        JsonPath read = ok(GET, vars("id", id));
        assertEquals("New " + token, read.getString("data.actor.name"));
        assertEquals(List.of("NewAlias " + token), read.getList("data.actor.aliases"));
        // the old name and alias no longer find it; the new ones do
        assertEquals(List.of(), listIds(Map.of("name", "Old " + token)));
        assertEquals(List.of(), listIds(Map.of("name", "OldAlias " + token)));
        assertEquals(List.of(id), listIds(Map.of("name", "New " + token)));
    }

    @Test
    void updateActorWithoutAliasesKeepsThem() {
        String token = unique();
        String id = createActor("Keep " + token, "ORGANIZATION", List.of("Kept " + token), null);
        JsonPath updated = ok(UPDATE, vars("id", id, "input", input("Keep " + token, "MEDIA_OUTLET", null, null)));
        assertEquals("MEDIA_OUTLET", updated.getString("data.updateActor.type"));
        assertEquals(List.of("Kept " + token), updated.getList("data.updateActor.aliases"));
    }

    @Test
    void updateActorErrors() {
        String token = unique();
        String id = createActor("Mine " + token);
        createActor("Theirs " + token);
        assertClientError(post(UPDATE, vars("id", id, "input", input("THEIRS " + token, "PERSON", null, null))),
                "CONFLICT", "input.name");
        assertClientError(post(UPDATE, vars("id", id, "input", input(" ", "PERSON", null, null))), "BAD_USER_INPUT",
                "input.name");
        assertClientError(post(UPDATE, vars("id", id, "input", input("X " + token, "PERSON", null, "XYZ"))),
                "BAD_USER_INPUT",
                "input.countryCode");
        assertClientError(post(UPDATE, vars("id", "999999999999", "input", input("Y " + token, "PERSON", null, null))),
                "NOT_FOUND", "id");
        assertClientError(post(UPDATE, vars("id", "1 OR 1=1", "input", input("Z " + token, "PERSON", null, null))),
                "BAD_USER_INPUT", "id");
        // renaming to its own name (another case) is not a conflict with itself
        assertEquals("MINE " + token, ok(UPDATE, vars("id", id, "input", input("MINE " + token, "PERSON", null, null)))
                .getString("data.updateActor.name"));
        assertEquals("MINE " + token, ok(GET, vars("id", id)).getString("data.actor.name"),
                "refused updates changed nothing");
    }

    @Test
    void addActorAliasAddsOnceAndMakesItFindable() {
        String token = unique();
        String id = createActor("Aliased " + token);
        String add = "mutation($id: ID!, $alias: String!) { addActorAlias(id: $id, alias: $alias) { id aliases } }";
        JsonPath added = ok(add, vars("id", id, "alias", "Nick " + token));
        assertEquals(id, added.getString("data.addActorAlias.id"));
        assertEquals(List.of("Nick " + token), added.getList("data.addActorAlias.aliases"));
        // the same alias again, in another case, is not added twice
        assertEquals(List.of("Nick " + token),
                ok(add, vars("id", id, "alias", "NICK " + token)).getList("data.addActorAlias.aliases"));
        assertEquals(List.of("Nick " + token), ok(GET, vars("id", id)).getList("data.actor.aliases"));
        assertEquals(List.of(id), listIds(Map.of("name", "nick " + token)));

        assertClientError(post(add, vars("id", id, "alias", "  ")), "BAD_USER_INPUT", "alias");
        assertClientError(post(add, vars("id", "999999999999", "alias", "x")), "NOT_FOUND", "id");
        assertClientError(post(add, vars("id", "abc", "alias", "x")), "BAD_USER_INPUT", "id");
    }

    // ---------------------------------------------------------------- actor(id)

    @Test
    void actorByIdIsNullForUnknownIdAndRefusesNonNumericIds() {
        JsonPath unknown = ok(GET, vars("id", "999999999999"));
        assertNull(unknown.get("data.actor"));
        assertTrue(unknown.getMap("data").containsKey("actor"), "actor is present and null");

        for (String bad : List.of("1 OR 1=1", "1; drop table actor", "-1", "", "1e3")) {
            JsonPath response = post(GET, vars("id", bad));
            assertClientError(response, "BAD_USER_INPUT", "id");
            assertNull(response.get("data.actor"));
        }
    }

    // ---------------------------------------------------------------- actors(filter)

    @Test
    void actorsFilterByNameAliasTypeAndCountry() {
        String token = unique();
        String state = createActor("Republic of " + token, "STATE", List.of("Capitalcity " + token), "ua");
        String army = createActor("Armed Forces of " + token, "ARMED_FORCE", null, "UA");
        String agency = createActor("Bureau " + token, "INTELLIGENCE_AGENCY", null, "RU");
        String person = createActor("Zoë Quill " + token, "PERSON", null, null);

        assertEquals(Set.of(state, army, agency, person), Set.copyOf(listIds(Map.of("name", token))));
        assertEquals(4, list(Map.of("name", token), 100, null).getInt("data.actors.totalCount"));
        // case- and diacritics-insensitive substring of the name
        assertEquals(List.of(person), listIds(Map.of("name", "ZOE QUILL " + token)));
        assertEquals(List.of(state), listIds(Map.of("name", "republic of " + token.toUpperCase())));
        // an alias matches too
        assertEquals(List.of(state), listIds(Map.of("name", "capitalcity " + token)));
        // type list: any of these types
        assertEquals(Set.of(state, army),
                Set.copyOf(listIds(Map.of("name", token, "type", List.of("STATE", "ARMED_FORCE")))));
        assertEquals(List.of(agency), listIds(Map.of("name", token, "type", List.of("INTELLIGENCE_AGENCY"))));
        // country code, in any case
        assertEquals(Set.of(state, army), Set.copyOf(listIds(Map.of("name", token, "countryCode", "ua"))));
        assertEquals(List.of(agency), listIds(Map.of("name", token, "countryCode", "RU")));
        // every field narrows
        assertEquals(List.of(army),
                listIds(Map.of("name", token, "countryCode", "UA", "type", List.of("ARMED_FORCE", "PERSON"))));
        assertEquals(List.of(), listIds(Map.of("name", token, "countryCode", "RU", "type", List.of("STATE"))));
        // wildcards are taken literally
        assertEquals(List.of(), listIds(Map.of("name", "%" + token.substring(0, 4) + "_")));
    }

    @Test
    void actorsAreListedAlphabetically() {
        String token = unique();
        String c = createActor("Charlie " + token);
        String a = createActor("alpha " + token);
        String b = createActor("Bravo " + token);
        assertEquals(List.of(a, b, c), listIds(Map.of("name", token)));
    }

    // ---------------------------------------------------------------- pagination

    @Test
    void walkingAllPagesGivesEveryActorOnce() {
        String token = unique();
        List<String> created = new ArrayList<>();
        for (String prefix : List.of("Echo", "delta", "Alpha", "charlie", "Bravo")) {
            created.add(createActor(prefix + " " + token));
        }
        Map<String, Object> filter = Map.of("name", token);
        List<String> walked = walk(2, "data.actors", LIST, vars("filter", filter));
        assertEquals(5, walked.size());
        assertEquals(Set.copyOf(created), Set.copyOf(walked));
        // alphabetical order: Alpha, Bravo, charlie, delta, Echo
        assertEquals(List.of(created.get(2), created.get(4), created.get(3), created.get(1), created.get(0)), walked);

        JsonPath first = list(filter, 2, null);
        assertTrue(first.getBoolean("data.actors.pageInfo.hasNextPage"));
        assertEquals(5, first.getInt("data.actors.totalCount"));
        JsonPath all = list(filter, 5, null);
        assertFalse(all.getBoolean("data.actors.pageInfo.hasNextPage"), "a page holding the rest has no next page");
        JsonPath past = list(filter, 2, all.getString("data.actors.pageInfo.endCursor"));
        assertEquals(List.of(), past.getList("data.actors.edges"));
        assertFalse(past.getBoolean("data.actors.pageInfo.hasNextPage"));
        assertNull(past.getString("data.actors.pageInfo.endCursor"));
        assertEquals(5, past.getInt("data.actors.totalCount"));
    }

    @Test
    void pagesStayConsistentWhenRowsAreAddedBeforeTheCursor() {
        String token = unique();
        createActor("Mike " + token);
        createActor("November " + token);
        createActor("Oscar " + token);
        Map<String, Object> filter = Map.of("name", token);
        JsonPath first = list(filter, 2, null);
        List<String> firstIds = first.getList("data.actors.edges.node.id");
        createActor("Aardvark " + token); // sorts before the cursor: must not shift the next page
        JsonPath second = list(filter, 2, first.getString("data.actors.pageInfo.endCursor"));
        List<String> secondNames = second.getList("data.actors.edges.node.name");
        assertEquals(List.of("Oscar " + token), secondNames);
        assertFalse(firstIds.contains(second.getString("data.actors.edges[0].node.id")));
    }

    @Test
    void forgedOrAlteredCursorIsRefused() {
        String token = unique();
        createActor("Cursor A " + token);
        createActor("Cursor B " + token);
        createActor("Cursor C " + token);
        Map<String, Object> filter = Map.of("name", token);
        String cursor = list(filter, 1, null).getString("data.actors.pageInfo.endCursor");
        assertNotNull(cursor);
        // the genuine cursor works
        assertEquals(List.of("Cursor B " + token), list(filter, 1, cursor).getList("data.actors.edges.node.name"));

        List<String> bad = new ArrayList<>();
        bad.add(alter(cursor, 0));
        bad.add(alter(cursor, cursor.length() / 2));
        bad.add(cursor.substring(0, cursor.length() - 4));
        bad.add(cursor + "AAAA");
        bad.add("not a cursor!");
        bad.add("");
        bad.add("x".repeat(2000));
        // a hand-made cursor in the right shape but without the key
        bad.add(Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("actor\u001fa\u001f1" + "0123456789AB").getBytes(StandardCharsets.UTF_8)));
        // a genuine cursor of another list
        createLocationCursorInto(bad, token);
        for (String after : bad) {
            JsonPath response = post(LIST, vars("filter", filter, "first", 1, "after", after));
            assertClientError(response, "BAD_USER_INPUT", "after");
            assertNull(response.get("data"), "cursor " + after);
        }
    }

    @Test
    void pagingPastANameThatContainsTheCursorSeparator() {
        String token = unique();
        String odd = createActor("Alpha\u001fodd " + token);
        String next = createActor("Bravo " + token);
        Map<String, Object> filter = Map.of("name", token);
        JsonPath first = list(filter, 1, null);
        assertEquals(List.of(odd), first.getList("data.actors.edges.node.id"));
        JsonPath second = ok(LIST,
                vars("filter", filter, "first", 1, "after", first.getString("data.actors.pageInfo.endCursor")));
        assertEquals(List.of(next), second.getList("data.actors.edges.node.id"),
                "a genuine endCursor is always accepted");
    }

    private static void createLocationCursorInto(List<String> bad, String token) {
        Fixtures.createLocation("Cursorville " + token);
        String other = ok("query($f: LocationFilter) { locations(filter: $f, first: 1) { pageInfo { endCursor } } }",
                vars("f", Map.of("name", token))).getString("data.locations.pageInfo.endCursor");
        assertNotNull(other);
        bad.add(other);
    }

    /** The cursor with the character at {@code index} swapped for another base64url character. */
    private static String alter(String cursor, int index) {
        char c = cursor.charAt(index);
        char replacement = c == 'A' ? 'B' : 'A';
        return cursor.substring(0, index) + replacement + cursor.substring(index + 1);
    }

    @Test
    void firstOutOfRangeIsRefused() {
        Map<String, Object> filter = Map.of("name", unique());
        for (int first : new int[]{101, -1, Integer.MAX_VALUE}) {
            JsonPath response = post(LIST, vars("filter", filter, "first", first));
            assertClientError(response, "BAD_USER_INPUT", "first");
        }
        // the bounds themselves are accepted
        assertEquals(0, list(filter, 100, null).getInt("data.actors.totalCount"));
        assertEquals(List.of(), list(filter, 0, null).getList("data.actors.edges"));
    }

    @Test
    void defaultPageSizeIsTwenty() {
        String token = unique();
        for (int i = 0; i < 21; i++) {
            createActor(String.format("Many %02d %s", i, token));
        }
        JsonPath page = ok(
                "query($f: ActorFilter) { actors(filter: $f) { totalCount pageInfo { hasNextPage } edges { node { id } } } }",
                vars("f", Map.of("name", token)));
        assertEquals(20, page.getList("data.actors.edges").size());
        assertEquals(21, page.getInt("data.actors.totalCount"));
        assertTrue(page.getBoolean("data.actors.pageInfo.hasNextPage"));
    }

    // ---------------------------------------------------------------- merge

    @Test
    void mergeActorsMovesAliasesClaimsAndArticleLinksAndDeletesSource() {
        String token = unique();
        String source = createActor("Source " + token, "ARMED_FORCE", List.of("SrcAlias " + token), null);
        String target = createActor("Target " + token, "ARMED_FORCE", List.of("TgtAlias " + token), null);
        String other = createActor("Other " + token);

        String articleA = ingestArticle(token + "a");
        String articleB = ingestArticle(token + "b");
        String asserted = createClaim(articleA, "Source says " + token, source, List.of(other), null, null);
        String subject = createClaim(articleB, "About source " + token, other, List.of(source), null, "REPORTED");
        String both = createClaim(articleB, "About both " + token, null, List.of(source, target), null, null);
        String targetOwn = createClaim(articleB, "Target says " + token, target, null, null, null);

        JsonPath merged = ok(MERGE, vars("s", source, "t", target));
        assertEquals(target, merged.getString("data.mergeActors.id"));
        assertEquals("Target " + token, merged.getString("data.mergeActors.name"));
        List<String> aliases = merged.getList("data.mergeActors.aliases");
        assertEquals(Set.of("TgtAlias " + token, "Source " + token, "SrcAlias " + token), Set.copyOf(aliases));
        assertEquals(3, aliases.size());

        assertNull(ok(GET, vars("id", source)).get("data.actor"), "source is deleted");
        assertEquals(List.of(target), listIds(Map.of("name", "Source " + token)),
                "the source's name now finds the target");
        assertEquals(List.of(target), listIds(Map.of("name", "SrcAlias " + token)));

        String claimQuery = "query($id: ID!) { claim(id: $id) { assertedBy { id } subjects { id } } }";
        JsonPath a = ok(claimQuery, vars("id", asserted));
        assertEquals(target, a.getString("data.claim.assertedBy.id"));
        assertEquals(List.of(other), a.getList("data.claim.subjects.id"));
        JsonPath s = ok(claimQuery, vars("id", subject));
        assertEquals(other, s.getString("data.claim.assertedBy.id"));
        assertEquals(List.of(target), s.getList("data.claim.subjects.id"));
        assertEquals(List.of(target), ok(claimQuery, vars("id", both)).getList("data.claim.subjects.id"),
                "target is a subject once");

        String claimsOf = "query($f: ClaimFilter) { claims(filter: $f, first: 100) { totalCount edges { node { id } } } }";
        JsonPath targetClaims = ok(claimsOf, vars("f", Map.of("actorId", target)));
        assertEquals(Set.of(asserted, subject, both, targetOwn),
                Set.copyOf(targetClaims.getList("data.claims.edges.node.id")));
        assertEquals(4, targetClaims.getInt("data.claims.totalCount"));
        assertEquals(0, ok(claimsOf, vars("f", Map.of("actorId", source))).getInt("data.claims.totalCount"));

        JsonPath nested = ok(
                "query($id: ID!) { actor(id: $id) { claims(first: 100) { totalCount } articles(first: 100) {"
                        + " totalCount edges { node { id } } } } }",
                vars("id", target));
        assertEquals(4, nested.getInt("data.actor.claims.totalCount"));
        assertEquals(Set.of(articleA, articleB), Set.copyOf(nested.getList("data.actor.articles.edges.node.id")));
        assertEquals(2, nested.getInt("data.actor.articles.totalCount"));
        List<String> articleActors = ok("query($id: ID!) { article(id: $id) { actors { id } } }", vars("id", articleA))
                .getList("data.article.actors.id");
        assertTrue(articleActors.contains(target));
        assertFalse(articleActors.contains(source));

        // the merged-away actor can now be deleted? no: it is gone
        assertClientError(post(DELETE, vars("id", source)), "NOT_FOUND", "id");
    }

    @Test
    void mergeActorsDoesNotDuplicateSharedAliases() {
        String token = unique();
        String source = createActor("Src " + token, "STATE", List.of("Shared " + token, "Target " + token), null);
        String target = createActor("Target " + token, "STATE", List.of("SHARED " + token), null);
        JsonPath merged = ok(MERGE, vars("s", source, "t", target));
        List<String> aliases = merged.getList("data.mergeActors.aliases");
        assertEquals(Set.of("SHARED " + token, "Src " + token), Set.copyOf(aliases));
        assertEquals(2, aliases.size(), "no alias twice, and none equal to the target's own name");
        assertEquals(aliases, ok(GET, vars("id", target)).getList("data.actor.aliases"));
    }

    @Test
    void mergeActorsRefusesSelfAndUnknownIds() {
        String token = unique();
        String id = createActor("Self " + token, "PERSON", List.of("Me " + token), null);
        JsonPath self = post(MERGE, vars("s", id, "t", id));
        assertClientError(self, "BAD_USER_INPUT", null);
        assertNull(self.get("data"));
        JsonPath still = ok(GET, vars("id", id));
        assertEquals("Self " + token, still.getString("data.actor.name"), "refused merge leaves the actor alone");
        assertEquals(List.of("Me " + token), still.getList("data.actor.aliases"));

        assertClientError(post(MERGE, vars("s", id, "t", "999999999999")), "NOT_FOUND", "targetId");
        assertClientError(post(MERGE, vars("s", "999999999999", "t", id)), "NOT_FOUND", "sourceId");
        assertClientError(post(MERGE, vars("s", "x", "t", id)), "BAD_USER_INPUT", "sourceId");
        assertNotNull(ok(GET, vars("id", id)).get("data.actor"), "a merge from an unknown source deletes nothing");
    }

    // ---------------------------------------------------------------- delete

    @Test
    void deleteActorIsRefusedWhileAClaimReferencesIt() {
        String token = unique();
        String asserter = createActor("Asserter " + token);
        String subjectActor = createActor("Subject " + token);
        String article = ingestArticle(token);
        String claim = createClaim(article, "Claim " + token, asserter, List.of(subjectActor), null, null);

        JsonPath refusedAsserter = post(DELETE, vars("id", asserter));
        assertClientError(refusedAsserter, "CONFLICT", "id");
        assertClientError(post(DELETE, vars("id", subjectActor)), "CONFLICT", "id");
        assertNotNull(ok(GET, vars("id", asserter)).get("data.actor"));
        assertNotNull(ok(GET, vars("id", subjectActor)).get("data.actor"));

        ok(UPDATE_CLAIM, vars("id", claim, "input", Map.of("clearAssertedBy", true)));
        assertEquals(true, ok(DELETE, vars("id", asserter)).getBoolean("data.deleteActor"));
        assertNull(ok(GET, vars("id", asserter)).get("data.actor"));
        // still a subject
        assertClientError(post(DELETE, vars("id", subjectActor)), "CONFLICT", "id");

        ok(UPDATE_CLAIM, vars("id", claim, "input", Map.of("subjectIds", List.of())));
        assertEquals(true, ok(DELETE, vars("id", subjectActor)).getBoolean("data.deleteActor"));
        assertNull(ok(GET, vars("id", subjectActor)).get("data.actor"));

        JsonPath left = ok("query($id: ID!, $article: ID!) { claim(id: $id) { id assertedBy { id } subjects { id } }"
                + " article(id: $article) { actors { id } } }", vars("id", claim, "article", article));
        assertEquals(claim, left.getString("data.claim.id"), "the claim itself stays");
        assertNull(left.get("data.claim.assertedBy"));
        assertEquals(List.of(), left.getList("data.claim.subjects"));
        List<String> articleActors = left.getList("data.article.actors.id");
        assertFalse(articleActors.contains(asserter));
        assertFalse(articleActors.contains(subjectActor));

        assertClientError(post(DELETE, vars("id", asserter)), "NOT_FOUND", "id");
        assertClientError(post(DELETE, vars("id", "1 OR 1=1")), "BAD_USER_INPUT", "id");
    }

    @Test
    void deleteActorWithAliasesAndNoClaims() {
        String token = unique();
        String id = createActor("Lonely " + token, "PERSON", List.of("Alone " + token), null);
        assertEquals(true, ok(DELETE, vars("id", id)).getBoolean("data.deleteActor"));
        assertNull(ok(GET, vars("id", id)).get("data.actor"));
        assertEquals(List.of(), listIds(Map.of("name", token)));
        // the name is free again
        assertNotEquals(id, createActor("Lonely " + token));
    }

    // ---------------------------------------------------------------- nested connections

    @Test
    void nestedClaimsAndArticlesPage() {
        String token = unique();
        String actor = createActor("Nested " + token);
        String other = createActor("Bystander " + token);
        List<String> articles = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            String article = ingestArticle(token + day, "2023-05-0" + day + "T12:00:00Z");
            articles.add(article);
            claims.add(createClaim(article, "Asserted " + day + " " + token, actor, null, null, null));
            claims.add(createClaim(article, "Subject " + day + " " + token, other, List.of(actor), null, null));
        }
        // asserter and subject of the same claim: listed once
        claims.add(createClaim(articles.get(0), "Both " + token, actor, List.of(actor, other), null, null));
        // not about this actor
        String unrelatedArticle = ingestArticle(token + "x", "2023-05-09T12:00:00Z");
        createClaim(unrelatedArticle, "Unrelated " + token, other, null, null, null);

        String claimsPage = "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { actor(id: $id) { claims(first: $first, after: $after, last: $last, before: $before) {"
                + " totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { id article { id } } } } } }";
        List<String> walked = walk(2, "data.actor.claims", claimsPage, vars("id", actor));
        assertEquals(7, walked.size());
        assertEquals(Set.copyOf(claims), Set.copyOf(walked));
        // newest article first: the day-3 claims come before the day-1 claims
        JsonPath all = ok(claimsPage, vars("id", actor, "first", 100));
        List<String> order = all.getList("data.actor.claims.edges.node.article.id");
        assertEquals(articles.get(2), order.get(0));
        assertEquals(articles.get(0), order.get(order.size() - 1));
        assertEquals(walked, all.getList("data.actor.claims.edges.node.id"), "paged and unpaged lists agree");

        String articlesPage = "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { actor(id: $id) { articles(first: $first, after: $after, last: $last, before: $before) {"
                + " totalCount pageInfo { hasNextPage endCursor hasPreviousPage startCursor } edges { cursor node { id } } } } }";
        List<String> walkedArticles = walk(2, "data.actor.articles", articlesPage, vars("id", actor));
        assertEquals(List.of(articles.get(2), articles.get(1), articles.get(0)), walkedArticles, "newest first");

        // several actors in one response each get their own page
        JsonPath many = ok(
                "query($f: ActorFilter) { actors(filter: $f) { edges { node { id claims(first: 1) { totalCount"
                        + " pageInfo { hasNextPage } edges { node { id } } } articles(first: 1) { totalCount } } } } }",
                vars("f", Map.of("name", token)));
        List<String> ids = many.getList("data.actors.edges.node.id");
        int actorIndex = ids.indexOf(actor);
        int otherIndex = ids.indexOf(other);
        assertEquals(7, many.getInt("data.actors.edges[" + actorIndex + "].node.claims.totalCount"));
        assertEquals(3, many.getInt("data.actors.edges[" + actorIndex + "].node.articles.totalCount"));
        assertEquals(5, many.getInt("data.actors.edges[" + otherIndex + "].node.claims.totalCount"));
        assertEquals(4, many.getInt("data.actors.edges[" + otherIndex + "].node.articles.totalCount"));
        assertEquals(1, many.getList("data.actors.edges[" + otherIndex + "].node.claims.edges").size());
        assertTrue(many.getBoolean("data.actors.edges[" + otherIndex + "].node.claims.pageInfo.hasNextPage"));

        // nested arguments are checked like top-level ones
        assertClientError(post(claimsPage, vars("id", actor, "first", 101)), "BAD_USER_INPUT", "first");
        assertClientError(post(claimsPage, vars("id", actor, "first", 2, "after", "forged")), "BAD_USER_INPUT",
                "after");
    }

    @Test
    void newActorHasEmptyNestedConnections() {
        String id = createActor("Empty " + unique());
        JsonPath response = ok(
                "query($id: ID!) { actor(id: $id) { claims { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }"
                        + " articles { totalCount edges { node { id } } } } }",
                vars("id", id));
        assertEquals(0, response.getInt("data.actor.claims.totalCount"));
        assertEquals(List.of(), response.getList("data.actor.claims.edges"));
        assertFalse(response.getBoolean("data.actor.claims.pageInfo.hasNextPage"));
        assertNull(response.get("data.actor.claims.pageInfo.endCursor"));
        assertEquals(0, response.getInt("data.actor.articles.totalCount"));
    }
}
