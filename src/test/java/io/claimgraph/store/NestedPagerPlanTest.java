package io.claimgraph.store;

import static io.claimgraph.Fixtures.createActor;
import static io.claimgraph.Fixtures.createClaim;
import static io.claimgraph.Fixtures.ingestArticle;
import static io.claimgraph.Fixtures.unique;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * On H2, ranking an actor's claims reads each claim's sort time from the (id, sort_at) index, not from the claim's
 * row: H2's primary index holds the whole row, text included, and decoding those pages was most of the ranking's
 * time (docs/performance.md). The statement checked is the one the service ran for a real GraphQL request, taken
 * from H2's own statistics, so a change to the statement or to the index shows here.
 */
@QuarkusTest
@DisabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "reads H2's plans: the index is H2's alone")
class NestedPagerPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anActorsClaimsAreRankedWithoutReadingClaimRows() throws SQLException {
        String actor = createActor("Plan Actor " + unique());
        String article = ingestArticle(unique());
        String asserted = createClaim(article, "The plan actor said the index holds.", actor, null, null, null);
        String about = createClaim(article, "Someone said something of the plan actor.", null, List.of(actor), null,
                null);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set query_statistics true");
            List<String> claims = ok(
                    "query($id: ID!) { actor(id: $id) { claims(first: 5) { edges { node { id } } } } }",
                    vars("id", actor)).getList("data.actor.claims.edges.node.id");
            assertEquals(List.of(about, asserted), claims, "both of the actor's claims, newest first");

            String ranked = rankedStatement(statement);
            String plan = explain(connection, ranked, Long.parseLong(actor));
            assertTrue(plan.contains("IX_CLAIM_ID_SORT: ID = M.CHILD_ID"), plan);
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("set query_statistics false");
            }
        }
    }

    private static String rankedStatement(Statement statement) throws SQLException {
        List<String> ranked = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select sql_statement from information_schema.query_statistics")) {
            while (rows.next()) {
                String sql = rows.getString(1);
                if (sql.contains("partition by m.parent_id") && sql.contains("claim_subject")) {
                    ranked.add(sql);
                }
            }
        }
        assertEquals(1, ranked.size(), "the ranked statement of an actor's claims, once: " + ranked);
        return ranked.get(0);
    }

    /** H2's plan of the statement, every parameter (the actor's id, the limit) set to the actor's id. */
    private static String explain(Connection connection, String sql, long actorId) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setLong(i, actorId);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
