package io.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Search and autocomplete find their rows through an index on PostgreSQL, never by reading a table: the statements
 * below are those Hibernate renders for {@link SearchPager} (the functions of {@link TextSearchFunctions}) and for
 * {@link NameMatch}, planned with sequential scans priced out, so a plan that still holds one has no index to take
 * instead. The search's sort of its matches by rank is expected: a rank is computed, not stored.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "reads PostgreSQL's plans: runs in the PostgreSQL suite (-Ppostgresql)")
class SearchPlanTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void searchesAreAnsweredFromTheirTsvectorIndexes() throws SQLException {
        for (String table : new String[]{"article", "claim"}) {
            String vector = table + "_search_vector";
            String query = "websearch_to_tsquery('english', ?)";
            String plan = plan(
                    "select h.id from " + table + " h where h.id in (select e.id from " + table + " e where ("
                            + vector + " @@ " + query
                            + ") order by e.sort_at desc, e.id desc limit 1000) order by ts_rank_cd("
                            + vector + ", " + query + ") desc, h.id desc limit 21",
                    "ceasefire talks", "ceasefire talks");
            assertFalse(plan.contains("Seq Scan"), plan);
            // the window of newest matches: from the search index (few matches) or the newest-first index (many)
            assertTrue(plan.contains("on " + table + "_search") || plan.contains("on ix_" + table + "_sort"),
                    "an index to the matches:\n" + plan);
        }
    }

    @Test
    void autocompleteIsAnsweredFromTrigramAndPrefixIndexes() throws SQLException {
        for (String[] table : new String[][]{{"actor", "name_key", "actor_name"},
                {"actor_alias", "alias_key", "actor_alias"},
                {"location", "name_key", "location_name"}, {"location_alias", "alias_key", "location_alias"}}) {
            String column = table[1];
            String infix = plan(
                    "select id from " + table[0] + " where " + column + " like ? escape '!' order by case when "
                            + column + " = ? then 0 else 3 end, length(" + column + "), " + column + ", id limit 10",
                    "%kra%",
                    "kra");
            assertFalse(infix.contains("Seq Scan"), infix);
            assertTrue(infix.contains(table[2] + "_trigrams"), "three letters or more, anywhere:\n" + infix);
            String prefix = plan(
                    "select id from " + table[0] + " where " + column + " like ? escape '!' order by case when "
                            + column + " = ? then 0 else 1 end, length(" + column + "), " + column + ", id limit 10",
                    "uk%", "uk");
            assertFalse(prefix.contains("Seq Scan"), prefix);
            assertTrue(prefix.contains(table[2] + "_prefix") || prefix.contains(table[2] + "_trigrams"),
                    "one or two letters, at the start:\n" + prefix);
        }
    }

    private String plan(String sql, String... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement settings = connection.createStatement()) {
            settings.execute("set enable_seqscan = off");
            try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
                for (int i = 0; i < values.length; i++) {
                    explain.setString(i + 1, values[i]);
                }
                StringBuilder plan = new StringBuilder(sql).append('\n');
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                settings.execute("reset all");
            }
        }
    }
}
