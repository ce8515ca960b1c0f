package io.claimgraph.ingest;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.agroal.api.AgroalDataSource;
import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ingest remembers which actor a name resolved to. These tests change the stored actors under it, by hand and
 * behind its back (as another replica would), and check that the next article still links to a row that exists.
 */
@QuarkusTest
public class RememberedMentionsTest {

    private static final String INGEST = "mutation($in: ArticleInput!) { ingestArticle(input: $in) { outcome "
            + "article { claims { assertedBy { id name } } } } }";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aMergedActorsNameLinksToTheActorItWasMergedInto() {
        String run = Fixtures.unique();
        String person = "Orla " + surname("Bexhill", run);
        String first = asserterId(ingest(run, 1, person));
        String target = Fixtures.createActor("Target Person " + run);
        ok("mutation($s: ID!, $t: ID!) { mergeActors(sourceId: $s, targetId: $t) { id } }",
                vars("s", first, "t", target));

        assertEquals(target, asserterId(ingest(run, 2, person)));
    }

    @Test
    void anActorDeletedBehindIngestsBackIsCreatedAgain() throws Exception {
        String run = Fixtures.unique();
        String person = "Perrin " + surname("Oakhurst", run);
        String first = asserterId(ingest(run, 1, person));
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : List.of("delete from claim where asserted_by_id = ?",
                    "delete from article_actor where actor_id = ?",
                    "delete from actor_alias where actor_id = ?", "delete from actor where id = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setLong(1, Long.parseLong(first));
                    statement.executeUpdate();
                }
            }
        }

        String second = asserterId(ingest(run, 2, person));
        assertNotEquals(first, second);
        assertEquals(person,
                ok("query($id: ID!) { actor(id: $id) { name } }", vars("id", second)).getString("data.actor.name"));
    }

    /**
     * A surname unique to the run that the tagger always reads as a name. With the run's letters simply appended,
     * a run ending in "ed" ("Bexhilltfaced") was tagged a verb about once in a hundred runs, and the claim lost its
     * asserter. The run's hex digits become consonants between the surname's first and last four letters: the
     * affixes the tagger looks at never change, and no English word or verb ending can come out.
     */
    static String surname(String stem, String run) {
        StringBuilder name = new StringBuilder(stem.substring(0, 4));
        for (char c : run.substring(1).toCharArray()) {
            name.append("bcdfgjklmnpqrtvz".charAt(Character.digit(c, 16)));
        }
        return name.append(stem.substring(stem.length() - 4)).toString();
    }

    private static io.restassured.path.json.JsonPath ingest(String run, int n, String person) {
        var answer = ok(INGEST, vars("in", vars("url", "https://remembered.example/" + run + "/" + n,
                "headline", "Remembered story " + n + " " + run,
                "body", "Trade with Poland rose by about 4 percent, " + person + " said. Story " + n + " of run " + run
                        + ".")));
        assertEquals("CREATED", answer.getString("data.ingestArticle.outcome"));
        return answer;
    }

    private static String asserterId(io.restassured.path.json.JsonPath answer) {
        return answer.getString("data.ingestArticle.article.claims[0].assertedBy.id");
    }
}
