package io.claimgraph.relation;

import static io.claimgraph.Fixtures.assertClientError;
import static io.claimgraph.Fixtures.createClaim;
import static io.claimgraph.Fixtures.ingestArticle;
import static io.claimgraph.Fixtures.unique;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgraph.ingest.RelationPasses;
import io.claimgraph.store.UniqueKeys;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Corroboration and contradiction across articles, over real GraphQL, with articles written for these tests
 * (src/test/resources/relations): two that disagree on casualty figures, two that agree on a deployment, a first
 * report and the correction of its date.
 *
 * <p>Each test dates its articles in a period of its own (a random start, then 100 days apart), so that its undated
 * claims fall in no other test's window, and deletes the articles it ingested: the PostgreSQL suite runs
 * these tests twice against one database.
 */
@QuarkusTest
public class ClaimRelationsTest {

    private static final String CLAIM_FIELDS = "id text status corroborationCount contradictionCount timeText"
            + " time { start end precision }"
            + " quantities { value bound unit measure }"
            + " corroboratedBy { id article { id } } contradictedBy { id article { id } }"
            + " relations { kind origin reason createdAt relatedClaim { id } }";
    private static final String ARTICLE_CLAIMS = "query($id: ID!) { article(id: $id) { claims { " + CLAIM_FIELDS
            + " } } }";
    private static final String CLAIM = "query($id: ID!) { claim(id: $id) { " + CLAIM_FIELDS + " } }";
    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { outcome warnings article { id } } }";
    private static final String ADD = "mutation($in: ClaimRelationInput!) { addClaimRelation(input: $in) { "
            + CLAIM_FIELDS + " } }";
    private static final String REMOVE = "mutation($a: ID!, $b: ID!) { removeClaimRelation(claimId: $a, relatedClaimId: $b) { "
            + CLAIM_FIELDS + " } }";
    private static final String UPDATE_CLAIM = "mutation($id: ID!, $in: ClaimUpdateInput!) { updateClaim(id: $id, input: $in) { "
            + CLAIM_FIELDS + " } }";
    private static final String LIST = "query($filter: ClaimFilter) { claims(filter: $filter, first: 100) { edges { node { id status } } } }";

    private static final List<String> INGESTED = new ArrayList<>();

    @AfterEach
    void deleteWhatWasIngested() {
        for (String id : INGESTED) {
            post("mutation($id: ID!) { deleteArticle(id: $id) }", vars("id", id));
        }
        INGESTED.clear();
    }

    // ---------------------------------------------------------------- the three sets of articles

    @Test
    void casualtyFiguresThatDisagreeContradictEachOther() {
        LocalDate day = randomDay();
        String high = ingest("casualties-high", day);
        String low = ingest("casualties-low", day.plusDays(1));
        Map<String, Object> highKilled = claimWithMeasure(high, "killed");
        Map<String, Object> lowKilled = claimWithMeasure(low, "killed");

        assertEquals("DISPUTED", highKilled.get("status"));
        assertEquals("DISPUTED", lowKilled.get("status"));
        assertTrue(ids(highKilled, "contradictedBy").contains(lowKilled.get("id")), highKilled.toString());
        assertTrue(ids(lowKilled, "contradictedBy").contains(highKilled.get("id")), lowKilled.toString());
        assertTrue(ids(highKilled, "corroboratedBy").isEmpty());
        // the counts the ingest's relation pass added, for the order by contradictions
        assertEquals(ids(highKilled, "contradictedBy").size(), highKilled.get("contradictionCount"));
        assertEquals(ids(lowKilled, "contradictedBy").size(), lowKilled.get("contradictionCount"));
        assertEquals(0, highKilled.get("corroborationCount"));
        Map<String, Object> relation = relationTo(highKilled, lowKilled.get("id"));
        assertEquals("CONTRADICTS", relation.get("kind"));
        assertEquals("AUTOMATIC", relation.get("origin"));
        String reason = (String) relation.get("reason");
        assertTrue(reason.contains("About 1,000 North Korean soldiers")
                && reason.contains("About 300 North Korean soldiers"), reason);
        assertNotNull(relation.get("createdAt"));
        // one stored relation, worded from each claim's side: its own figure first
        assertTrue(reason.indexOf("About 1,000") < reason.indexOf("About 300"), reason);
        String lowReason = (String) relationTo(lowKilled, highKilled.get("id")).get("reason");
        assertTrue(lowReason.indexOf("About 300") < lowReason.indexOf("About 1,000"), lowReason);

        // the disputed filter finds both, and nothing undisputed
        List<String> disputed = ok(LIST,
                vars("filter", Map.of("status", List.of("DISPUTED"), "text", "soldiers were killed")))
                .getList("data.claims.edges.node.id");
        assertTrue(disputed.containsAll(List.of(highKilled.get("id"), lowKilled.get("id"))), disputed.toString());
        List<String> highArticleDisputed = ok(LIST,
                vars("filter", Map.of("status", List.of("DISPUTED"), "articleId", high)))
                .getList("data.claims.edges.node.id");
        assertEquals(List.of(highKilled.get("id")), highArticleDisputed);
        List<String> unreviewed = ok(LIST, vars("filter", Map.of("status", List.of("UNREVIEWED"), "articleId", high)))
                .getList("data.claims.edges.node.id");
        assertFalse(unreviewed.contains(highKilled.get("id")));

        // deleting one article removes its relations and the other claim is no longer disputed
        ok("mutation($id: ID!) { deleteArticle(id: $id) }", vars("id", low));
        INGESTED.remove(low);
        Map<String, Object> after = claim((String) highKilled.get("id"));
        assertEquals("UNREVIEWED", after.get("status"));
        assertTrue(ids(after, "contradictedBy").isEmpty());
        assertTrue(((List<?>) after.get("relations")).isEmpty());
    }

    @Test
    void deploymentReportsThatAgreeCorroborateEachOther() {
        LocalDate day = randomDay();
        String seoul = ingest("deployment-seoul", day);
        String kyiv = ingest("deployment-kyiv", day.plusDays(2));
        Map<String, Object> deployed = claimWithMeasure(seoul, "deployed");
        Map<String, Object> sent = claimWithMeasure(kyiv, "sent");

        assertEquals("CORROBORATED", deployed.get("status"));
        assertEquals("CORROBORATED", sent.get("status"));
        assertTrue(ids(deployed, "corroboratedBy").contains(sent.get("id")), deployed.toString());
        assertTrue(ids(sent, "corroboratedBy").contains(deployed.get("id")), sent.toString());
        assertTrue(ids(sent, "contradictedBy").isEmpty());
        assertEquals(ids(deployed, "corroboratedBy").size(), deployed.get("corroborationCount"));
        assertEquals(ids(sent, "corroboratedBy").size(), sent.get("corroborationCount"));
        String reason = (String) relationTo(sent, deployed.get("id")).get("reason");
        assertTrue(reason.startsWith("Figures for deployed troop agree"), reason);
        List<String> corroborated = ok(LIST,
                vars("filter", Map.of("status", List.of("CORROBORATED"), "articleId", kyiv)))
                .getList("data.claims.edges.node.id");
        assertEquals(List.of(sent.get("id")), corroborated);
    }

    @Test
    void aBatchIsRelatedAcrossItsPassesAndAnswersWhenAllAreDone() {
        // ingestArticles relates a batch a few articles at a time while it writes the rest (RelationPasses): reports
        // of one deployment, alternately from Seoul ("deployed") and Kyiv ("sent"), spanning three passes
        int perPass = RelationPasses.ARTICLES_PER_PASS;
        int size = 2 * perPass + 3;
        LocalDate day = randomDay();
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Fixture fixture = fixture(i % 2 == 0 ? "deployment-seoul" : "deployment-kyiv");
            inputs.add(vars("url", "https://relations.example/batch/" + unique(), "headline", fixture.headline(),
                    "body", fixture.body() + "\n\n(ref " + unique() + ")", "publisher", "Relations Test Wire",
                    "publishedAt", day + "T08:00:00Z"));
        }
        JsonPath result = ok(
                "mutation($in: [ArticleInput!]!) { ingestArticles(inputs: $in) { outcome warnings article { id } } }",
                vars("in", inputs));
        List<String> articles = result.getList("data.ingestArticles.article.id");
        INGESTED.addAll(articles);
        assertEquals(List.of("CREATED"), result.getList("data.ingestArticles.outcome").stream().distinct().toList());
        assertEquals(List.of(List.of()), result.getList("data.ingestArticles.warnings").stream().distinct().toList());

        // the first article of the second pass is related to the last one of the first (committed before it started)
        Map<String, Object> firstOfSecondPass = figureClaim(articles, perPass);
        List<Object> relatedIds = ids(firstOfSecondPass, "corroboratedBy");
        assertTrue(relatedIds.contains(figureClaim(articles, perPass - 1).get("id")), firstOfSecondPass.toString());
        // newest first (same publication time: highest id first), whichever side of the stored pair each one is on:
        // this claim was related to older claims by its own pass and to newer ones by theirs
        List<Long> related = relatedIds.stream().map(id -> Long.valueOf((String) id)).toList();
        long self = Long.parseLong((String) firstOfSecondPass.get("id"));
        assertTrue(related.stream().anyMatch(id -> id < self) && related.stream().anyMatch(id -> id > self),
                related.toString());
        assertEquals(related.stream().sorted(Comparator.reverseOrder()).toList(), related);
        // the last pass related the last article to the five newest before it (claimgraph.relations.max-per-claim);
        // earlier passes may have picked it too, when it was committed before they looked
        Map<String, Object> last = figureClaim(articles, size - 1);
        assertEquals("CORROBORATED", last.get("status"));
        List<Object> lastCorroboratedBy = ids(last, "corroboratedBy");
        for (int previous = size - 6; previous < size - 1; previous++) {
            assertTrue(lastCorroboratedBy.contains(figureClaim(articles, previous).get("id")), previous + ": " + last);
        }
    }

    /** The troop figure's claim of the i-th article of the batch above (Seoul's even, Kyiv's odd). */
    private static Map<String, Object> figureClaim(List<String> articles, int i) {
        return claimWithMeasure(articles.get(i), i % 2 == 0 ? "deployed" : "sent");
    }

    @Test
    void aCorrectedDateContradictsTheFirstReportUntilTheReportIsCorrectedToo() {
        LocalDate day = randomDay();
        String url = "https://relations.example/date-first-report/" + unique();
        String report = ingest("date-first-report", day, url, null);
        String correction = ingest("date-correction", day.plusDays(30));
        Map<String, Object> reported = claimWithTime(report, "late 2022");
        Map<String, Object> corrected = claimWithTime(correction, "in October 2024");

        assertEquals(Map.of("start", "2022-09-01", "end", "2022-12-31", "precision", "PART_OF_YEAR"),
                reported.get("time"));
        assertEquals(Map.of("start", "2024-10-01", "end", "2024-10-31", "precision", "MONTH"), corrected.get("time"));
        assertEquals("DISPUTED", reported.get("status"));
        assertEquals("DISPUTED", corrected.get("status"));
        assertTrue(ids(corrected, "contradictedBy").contains(reported.get("id")), corrected.toString());
        String reason = (String) relationTo(corrected, reported.get("id")).get("reason");
        assertTrue(reason.contains("\"in October 2024\" (2024-10-01..2024-10-31)") && reason.contains("\"late 2022\""),
                reason);

        // the report is corrected at its own url: its claims are extracted again and agree with the correction now
        String body = fixture("date-first-report").body().replace("late 2022", "October 2024");
        JsonPath updated = ok(INGEST,
                vars("in", vars("url", url, "headline", "North Korean units reached Russia in October 2024",
                        "body", body + "\n\n(ref " + unique() + ")", "publishedAt", day.plusDays(31) + "T08:00:00Z")));
        assertEquals("UPDATED", updated.getString("data.ingestArticle.outcome"));
        Map<String, Object> recorrected = claimWithTime(report, "in October 2024");
        assertEquals("CORROBORATED", recorrected.get("status"));
        Map<String, Object> correctionNow = claim((String) corrected.get("id"));
        assertEquals("CORROBORATED", correctionNow.get("status"), correctionNow.toString());
        assertTrue(ids(correctionNow, "corroboratedBy").contains(recorrected.get("id")));
        assertFalse(ids(correctionNow, "contradictedBy").contains(reported.get("id")),
                "the old claim went with the update");
        assertNull(ok(CLAIM, vars("id", reported.get("id"))).get("data.claim"));
    }

    // ---------------------------------------------------------------- analysts

    @Test
    void analystRelationsSurviveRecomputationAndRemovedOnesStayRemoved() {
        LocalDate day = randomDay();
        String high = ingest("casualties-high", day);
        String low = ingest("casualties-low", day.plusDays(1));
        String highKilled = (String) claimWithMeasure(high, "killed").get("id");
        String lowKilled = (String) claimWithMeasure(low, "killed").get("id");

        // an analyst dismisses the automatic contradiction
        JsonPath removed = ok(REMOVE, vars("a", highKilled, "b", lowKilled));
        assertEquals("UNREVIEWED", removed.getString("data.removeClaimRelation.status"));
        assertEquals(List.of(), removed.getList("data.removeClaimRelation.contradictedBy"));
        assertClientError(post(REMOVE, vars("a", highKilled, "b", lowKilled)), "NOT_FOUND", "relatedClaimId");
        // recomputation (the claim changed) does not bring it back
        JsonPath changed = ok(UPDATE_CLAIM, vars("id", lowKilled, "in", Map.of("certainty", "REPORTED")));
        assertEquals("UNREVIEWED", changed.getString("data.updateClaim.status"));
        assertEquals(List.of(), changed.getList("data.updateClaim.contradictedBy"));

        // an analyst says they corroborate after all (the ministry's figure counts a different unit, say)
        JsonPath added = ok(ADD,
                vars("in", Map.of("claimId", lowKilled, "relatedClaimId", highKilled, "kind", "CORROBORATES",
                        "note", "  Both figures cover different weeks  ")));
        assertEquals("CORROBORATED", added.getString("data.addClaimRelation.status"));
        assertEquals(List.of(highKilled), added.getList("data.addClaimRelation.corroboratedBy.id"));
        assertEquals("ANALYST", added.getString("data.addClaimRelation.relations[0].origin"));
        assertEquals("Both figures cover different weeks",
                added.getString("data.addClaimRelation.relations[0].reason"));
        assertEquals("CORROBORATED", claim(highKilled).get("status"));
        // and it survives recomputation of either claim
        ok(UPDATE_CLAIM, vars("id", highKilled, "in", Map.of("certainty", "ESTIMATED")));
        ok(UPDATE_CLAIM, vars("id", lowKilled, "in", Map.of("subjectIds", List.of())));
        Map<String, Object> still = claim(highKilled);
        assertEquals("CORROBORATED", still.get("status"));
        assertEquals(List.of(lowKilled), ids(still, "corroboratedBy"));
        assertEquals("ANALYST", ((Map<?, ?>) ((List<?>) still.get("relations")).get(0)).get("origin"));

        // and it can be turned into a contradiction
        JsonPath flipped = ok(ADD,
                vars("in", Map.of("claimId", highKilled, "relatedClaimId", lowKilled, "kind", "CONTRADICTS")));
        assertEquals("DISPUTED", flipped.getString("data.addClaimRelation.status"));
        assertEquals("Recorded by an analyst", flipped.getString("data.addClaimRelation.relations[0].reason"));
        assertEquals(List.of(), flipped.getList("data.addClaimRelation.corroboratedBy"));
    }

    @Test
    void handMadeClaimsCanBeRelatedAndDeletingOneRefreshesTheOther() {
        String first = ingestArticle(unique(), "2003-05-01T10:00:00Z");
        String second = ingestArticle(unique(), "2003-05-02T10:00:00Z");
        String a = createClaim(first, "The bridge was destroyed on Monday " + unique() + ".");
        String b = createClaim(second, "The bridge is still standing " + unique() + ".");
        assertEquals("UNREVIEWED", claim(a).get("status"));
        JsonPath added = ok(ADD,
                vars("in", Map.of("claimId", a, "relatedClaimId", b, "kind", "CONTRADICTS", "note", "bridge")));
        assertEquals("DISPUTED", added.getString("data.addClaimRelation.status"));
        assertEquals(List.of(b), added.getList("data.addClaimRelation.contradictedBy.id"));
        assertEquals(second, added.getString("data.addClaimRelation.contradictedBy[0].article.id"));
        assertEquals(List.of(a), ids(claim(b), "contradictedBy"));

        ok("mutation($id: ID!) { deleteClaim(id: $id) }", vars("id", b));
        Map<String, Object> left = claim(a);
        assertEquals("UNREVIEWED", left.get("status"));
        assertTrue(ids(left, "contradictedBy").isEmpty());
    }

    @Test
    @DisabledOnIntegrationTest("writes through the service's own persistence unit, in this JVM")
    void relationRowsWrittenAsOneBatchReadBackFromEachSideAndAPairStoredMeanwhileFailsOnItsKey() {
        String first = ingestArticle(unique(), "2003-06-01T10:00:00Z");
        String second = ingestArticle(unique(), "2003-06-02T10:00:00Z");
        INGESTED.addAll(List.of(first, second));
        long a = Long.parseLong(createClaim(first, "The dam held " + unique() + "."));
        long b = Long.parseLong(createClaim(second, "The dam broke " + unique() + "."));
        // given from the higher id's side first: the row must still key on the lower id and keep each side's wording
        QuarkusTransaction.requiringNew().run(() -> RelationBatchInsert.insert(
                List.of(ClaimRelation.of(b, a, RelationKind.CONTRADICTS, RelationOrigin.AUTOMATIC, "seen from b",
                        "seen from a"))));

        Map<String, Object> relation = onlyRelation(claim(String.valueOf(a)));
        assertEquals("CONTRADICTS", relation.get("kind"));
        assertEquals("AUTOMATIC", relation.get("origin"));
        assertEquals("seen from a", relation.get("reason"));
        assertNotNull(relation.get("createdAt"));
        assertEquals("seen from b", onlyRelation(claim(String.valueOf(b))).get("reason"));

        // the retry after a lost race (ClaimRelations.relateAfterCommit) runs only on Hibernate's unique-key exception
        RuntimeException lost = assertThrows(RuntimeException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> RelationBatchInsert.insert(
                        List.of(ClaimRelation.of(a, b, RelationKind.CORROBORATES, RelationOrigin.AUTOMATIC, "again",
                                "again")))));
        assertTrue(UniqueKeys.isUniqueViolation(lost), lost::toString);
        assertEquals("seen from a", onlyRelation(claim(String.valueOf(a))).get("reason"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyRelation(Map<String, Object> claim) {
        List<Map<String, Object>> relations = (List<Map<String, Object>>) claim.get("relations");
        assertEquals(1, relations.size(), relations::toString);
        return relations.get(0);
    }

    @Test
    void relationInputIsValidated() {
        String first = ingestArticle(unique(), "2003-06-01T10:00:00Z");
        String second = ingestArticle(unique(), "2003-06-02T10:00:00Z");
        String a = createClaim(first, "Claim A " + unique());
        String sameArticle = createClaim(first, "Claim A2 " + unique());
        String b = createClaim(second, "Claim B " + unique());

        assertClientError(post(ADD, vars("in", relation(a, a, "CORROBORATES"))), "BAD_USER_INPUT",
                "input.relatedClaimId");
        assertClientError(post(ADD, vars("in", relation(a, sameArticle, "CONTRADICTS"))), "BAD_USER_INPUT",
                "input.relatedClaimId");
        assertClientError(post(ADD, vars("in", relation(a, "999999999999", "CONTRADICTS"))), "NOT_FOUND",
                "input.relatedClaimId");
        assertClientError(post(ADD, vars("in", relation("999999999999", b, "CONTRADICTS"))), "NOT_FOUND",
                "input.claimId");
        assertClientError(post(ADD, vars("in", relation("1 OR 1=1", b, "CONTRADICTS"))), "BAD_USER_INPUT",
                "input.claimId");
        Map<String, Object> longNote = relation(a, b, "CONTRADICTS");
        longNote.put("note", "x".repeat(501));
        assertClientError(post(ADD, vars("in", longNote)), "BAD_USER_INPUT", "input.note");
        assertTrue(post(ADD, vars("in", relation(a, b, "SIMILAR"))).getList("errors") != null,
                "unknown kind is refused");

        assertClientError(post(REMOVE, vars("a", a, "b", b)), "NOT_FOUND", "relatedClaimId");
        assertClientError(post(REMOVE, vars("a", a, "b", a)), "BAD_USER_INPUT", "relatedClaimId");
        assertClientError(post(REMOVE, vars("a", "x", "b", b)), "BAD_USER_INPUT", "claimId");
        assertClientError(post(REMOVE, vars("a", a, "b", "999999999999")), "NOT_FOUND", "relatedClaimId");
        // nothing was written by the refused calls
        assertEquals("UNREVIEWED", claim(a).get("status"));
        assertEquals("UNREVIEWED", claim(b).get("status"));
    }

    // ---------------------------------------------------------------- time

    @Test
    void handMadeClaimTimesAreReadFromTheArticleDate() {
        String article = ingestArticle(unique(), "2024-03-01T10:00:00Z"); // a Friday
        Map<String, Object> input = io.claimgraph.Fixtures.claimInput(article, "Talks resumed " + unique() + ".", null,
                null, null, null);
        input.put("timeText", "last week");
        JsonPath created = ok(
                "mutation($in: ClaimInput!) { createClaim(input: $in) { id timeText time { start end precision } } }",
                vars("in", input));
        assertEquals("last week", created.getString("data.createClaim.timeText"));
        assertEquals(Map.of("start", "2024-02-19", "end", "2024-02-25", "precision", "WEEK"),
                created.getMap("data.createClaim.time"));
        String id = created.getString("data.createClaim.id");

        JsonPath vague = ok(UPDATE_CLAIM, vars("id", id, "in", Map.of("timeText", "in just a few months")));
        assertEquals("in just a few months", vague.getString("data.updateClaim.timeText"));
        assertNull(vague.get("data.updateClaim.time"), "a vague expression keeps its text and has no dates");
        JsonPath cleared = ok(UPDATE_CLAIM, vars("id", id, "in", Map.of("timeText", "")));
        assertNull(cleared.get("data.updateClaim.timeText"));
        assertNull(cleared.get("data.updateClaim.time"));
    }

    // ---------------------------------------------------------------- helpers

    record Fixture(String headline, String body) {
    }

    static Fixture fixture(String name) {
        try (InputStream in = ClaimRelationsTest.class.getResourceAsStream("/relations/" + name + ".txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .toList();
            return new Fixture(lines.get(0), String.join("\n\n", lines.subList(1, lines.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final LocalDate BASE = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
    private static final AtomicInteger PERIODS = new AtomicInteger();

    /** The first day of a period of its own for the calling test, 100 days after the previous test's. */
    static LocalDate randomDay() {
        return BASE.plusDays(100L * PERIODS.getAndIncrement());
    }

    private static String ingest(String name, LocalDate day) {
        return ingest(name, day, "https://relations.example/" + name + "/" + unique(), null);
    }

    /** Ingests a fixture article (with a unique reference line, so every run stores new content); returns its id. */
    private static String ingest(String name, LocalDate day, String url, String body) {
        Fixture fixture = fixture(name);
        JsonPath result = ok(INGEST, vars("in", vars("url", url, "headline", fixture.headline(),
                "body", (body != null ? body : fixture.body()) + "\n\n(ref " + unique() + ")", "publisher",
                "Relations Test Wire",
                "publishedAt", day + "T08:00:00Z")));
        assertEquals("CREATED", result.getString("data.ingestArticle.outcome"), result.prettify());
        assertEquals(List.of(), result.getList("data.ingestArticle.warnings"));
        String id = result.getString("data.ingestArticle.article.id");
        INGESTED.add(id);
        return id;
    }

    private static List<Map<String, Object>> claims(String articleId) {
        return ok(ARTICLE_CLAIMS, vars("id", articleId)).getList("data.article.claims");
    }

    private static Map<String, Object> claim(String id) {
        return ok(CLAIM, vars("id", id)).getMap("data.claim");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimWithMeasure(String articleId, String measure) {
        return claims(articleId).stream()
                .filter(c -> ((List<Map<String, Object>>) c.get("quantities")).stream()
                        .anyMatch(q -> measure.equals(q.get("measure"))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim with measure " + measure + " in " + claims(articleId)));
    }

    private static Map<String, Object> claimWithTime(String articleId, String timeText) {
        return claims(articleId).stream().filter(c -> timeText.equals(c.get("timeText")) && c.get("time") != null
                && String.valueOf(c.get("text")).startsWith("North Korean troops were first deployed"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim dated " + timeText + " in " + claims(articleId)));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ids(Map<String, Object> claim, String field) {
        return ((List<Map<String, Object>>) claim.get(field)).stream().map(c -> c.get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> relationTo(Map<String, Object> claim, Object otherId) {
        return ((List<Map<String, Object>>) claim.get("relations")).stream()
                .filter(r -> otherId.equals(((Map<String, Object>) r.get("relatedClaim")).get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no relation to " + otherId + " in " + claim));
    }

    private static Map<String, Object> relation(String claimId, String relatedClaimId, String kind) {
        return new java.util.HashMap<>(Map.of("claimId", claimId, "relatedClaimId", relatedClaimId, "kind", kind));
    }
}
