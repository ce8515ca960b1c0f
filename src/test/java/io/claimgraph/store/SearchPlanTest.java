package io.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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
            String plan = plan(window(table, ""), "ceasefire talks", "ceasefire talks");
            assertFalse(plan.contains("Seq Scan"), plan);
            // the window of newest matches: from the search index (few matches) or the newest-first index (many)
            assertTrue(plan.contains("on " + table + "_search") || plan.contains("using ix_" + table + "_sort"),
                    "an index to the matches:\n" + plan);

            // the horizon: its start from an index (the test database's few rows let the planner sort them; with
            // 10,000 rows it walks ix_<table>_sort, docs/adr/0007), then the matches inside it
            String start = plan("select e.sort_at from " + table + " e order by e.sort_at desc, e.id desc offset 9999"
                    + " limit 2");
            assertFalse(start.contains("Seq Scan"), start);
            String inside = plan(window(table, " and e.sort_at >= now() - interval '30 days'"), "ceasefire talks",
                    "ceasefire talks");
            assertFalse(inside.contains("Seq Scan"), inside);
            assertTrue(inside.contains("on " + table + "_search") || inside.contains("ix_" + table + "_sort"),
                    "an index to the matches inside the horizon:\n" + inside);

            // a search without a filter: the window from the copy of the newest rows (RecentSearchCopy)
            String copy = plan("select r.id from " + table + "_search_recent r where (" + table + "_search_vector @@"
                    + " websearch_to_tsquery('english', ?)) and r.sort_at >= now() - interval '30 days'"
                    + " order by r.sort_at desc, r.id desc limit 1000", "ceasefire talks");
            assertFalse(copy.contains("Seq Scan"), copy);
            assertTrue(copy.contains(table + "_search_recent_vector") || copy.contains(table + "_search_recent_sort"),
                    "an index of the copy:\n" + copy);
        }
    }

    @Test
    void autocompleteIsAnsweredFromTrigramAndPrefixIndexes() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // the test database's few names make reading a whole small index the cheapest plan: 5,000 made-up
                // names per table (hex, so no "kra" or "uk" among them), analysed, give the planner a real choice
                madeUpNames(connection);
                for (String[] table : new String[][]{{"actor", "name_key", "actor_name"},
                        {"actor_alias", "alias_key", "actor_alias"}, {"location", "name_key", "location_name"},
                        {"location_alias", "alias_key", "location_alias"}}) {
                    String column = table[1];
                    String infix = Plans.explain(connection, "select id from " + table[0] + " where " + column
                            + " like ? escape '!' order by case when " + column + " = ? then 0 else 3 end, length("
                            + column + "), " + column + ", id limit 10", List.of("enable_seqscan = off"),
                            List.of("%kra%", "kra"));
                    assertFalse(infix.contains("Seq Scan"), infix);
                    assertTrue(infix.contains(table[2] + "_trigrams"), "three letters or more, anywhere:\n" + infix);
                    String prefix = Plans.explain(connection, "select id from " + table[0] + " where " + column
                            + " like ? escape '!' order by case when " + column + " = ? then 0 else 1 end, length("
                            + column + "), " + column + ", id limit 10", List.of("enable_seqscan = off"),
                            List.of("uk%", "uk"));
                    assertFalse(prefix.contains("Seq Scan"), prefix);
                    assertTrue(prefix.contains(table[2] + "_prefix") || prefix.contains(table[2] + "_trigrams"),
                            "one or two letters, at the start:\n" + prefix);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static void madeUpNames(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("insert into actor (id, name, name_key, type) select 900000000 + g, md5(g::text), md5(g::text),"
                    + " 'PERSON' from generate_series(1, 5000) g");
            s.execute("insert into actor_alias (id, actor_id, alias, alias_key) select 900000000 + g, 900000000 + g,"
                    + " md5('a' || g), md5('a' || g) from generate_series(1, 5000) g");
            s.execute("insert into location (id, name, name_key, type, natural_key) select 900000000 + g,"
                    + " md5(g::text), md5(g::text), 'CITY', md5(g::text) || '|CITY|' from generate_series(1, 5000) g");
            s.execute("insert into location_alias (id, location_id, alias, alias_key) select 900000000 + g,"
                    + " 900000000 + g, md5('a' || g), md5('a' || g) from generate_series(1, 5000) g");
            // GIN indexes take new rows into a pending list first, which the planner prices as read by every scan
            for (String index : new String[]{"actor_name", "actor_alias", "location_name", "location_alias"}) {
                s.execute("select gin_clean_pending_list('" + index + "_trigrams')");
            }
            s.execute("analyze actor, actor_alias, location, location_alias");
        }
    }

    /** The statement SearchPager renders on PostgreSQL, with {@code bound} added to the window's condition. */
    private static String window(String table, String bound) {
        String vector = table + "_search_vector";
        String query = "websearch_to_tsquery('english', ?)";
        return "select h.id from " + table + " h where h.id in (select e.id from " + table + " e where (" + vector
                + " @@ " + query + ")" + bound + " order by e.sort_at desc, e.id desc limit 1000) order by ts_rank_cd("
                + vector + ", " + query + ") desc, h.id desc limit 21";
    }

    private String plan(String sql, String... values) throws SQLException {
        return Plans.explain(dataSource, sql, List.of("enable_seqscan = off"), List.of(values));
    }
}
