package io.claimgraph.search;

import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.claimgraph.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On PostgreSQL a search without a filter takes its matches from the copy of the newest rows' vectors that triggers
 * keep ({@code V10_1__search_recent.sql}), and reads the table itself once the copy no longer reaches back to the
 * horizon. The copy is changed by hand here to tell the two paths apart.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "the copy is PostgreSQL's: runs in the PostgreSQL suite (-Ppostgresql)")
class RecentSearchCopyTest {

    private static final String SEARCH = """
            query($t: String!) { searchArticles(text: $t) { edges { node { id } } } }""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSearchWithoutFilterReadsTheCopyWhileItHoldsTheHorizonAndTheTableOnceItDoesNot() throws Exception {
        String marker = Fixtures.unique();
        String id = ok("mutation($in: ArticleInput!) { ingestArticle(input: $in) { article { id } } }",
                vars("in", vars("url", "https://recent-copy.example.test/" + marker, "headline", "Report " + marker,
                        "body", "Officials said the " + marker + " plan was ready.", "publisher", "Wire",
                        "publishedAt", "2024-04-01T00:00:00Z")))
                .getString("data.ingestArticle.article.id");
        assertEquals(1, count("select count(*) from article_search_recent where id = ?", Long.parseLong(id)),
                "the insert trigger copies the row");
        assertEquals(1, count("select count(*) from claim_search_recent c join claim k on k.id = c.id"
                + " where k.article_id = ?", Long.parseLong(id)), "and its claim's");
        assertEquals(List.of(id), found(marker));

        // the row gone from the copy while the copy still says it is whole: the search no longer sees it
        String floor = text("select coalesce(floor::text, 'null') from search_recent_floor where name = 'article'");
        update("delete from article_search_recent where id = " + id);
        try {
            Thread.sleep(2100); // the floor read by the service lives 2 s
            assertEquals(List.of(), found(marker), "an unfiltered search reads the copy");

            // the floor moved past every row: the copy no longer holds the horizon, the table answers
            update("update search_recent_floor set floor = now() + interval '100 years' where name = 'article'");
            Thread.sleep(2100);
            assertEquals(List.of(id), found(marker), "past the floor, the table itself");
        } finally {
            update("update search_recent_floor set floor = " + (floor.equals("null") ? "null" : "'" + floor + "'")
                    + " where name = 'article'");
            update("insert into article_search_recent (id, sort_at, article_search_vector) select id, sort_at,"
                    + " article_search_vector from article where id = " + id + " on conflict do nothing");
        }

        ok("mutation($id: ID!) { deleteArticle(id: $id) }", vars("id", id));
        assertEquals(0, count("select count(*) from article_search_recent where id = ?", Long.parseLong(id)),
                "a deleted article leaves the copy");
    }

    private static List<String> found(String marker) {
        return ok(SEARCH, vars("t", marker)).getList("data.searchArticles.edges.node.id");
    }

    private long count(String sql, long id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }
}
