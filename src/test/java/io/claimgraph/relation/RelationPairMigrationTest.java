package io.claimgraph.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgraph.FreshPostgresDatabase;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V4 turns relations stored one row per direction into one row per pair, on a database of its own (of the build's
 * kind) that holds relations as V3 left them: both directions of an automatic relation with their two wordings, and
 * a pair stored one way only.
 */
@QuarkusTest
class RelationPairMigrationTest {

    @Test
    void relationsStoredPerDirectionBecomeOneRowPerPair() throws Exception {
        Config config = ConfigProvider.getConfig();
        String kind = config.getValue("quarkus.datasource.db-kind", String.class);
        if ("postgresql".equals(kind)) {
            String suffix = "relation_migration_" + UUID.randomUUID().toString().substring(0, 8);
            FreshPostgresDatabase.with(config.getValue("quarkus.datasource.jdbc.url", String.class),
                    config.getValue("quarkus.datasource.username", String.class), suffix,
                    (url, user) -> migrateAndCheck(url, user, kind));
        } else {
            migrateAndCheck("jdbc:h2:mem:relation-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", kind);
        }
    }

    private static void migrateAndCheck(String url, String user, String kind) throws Exception {
        flyway(url, user, kind).target("3").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, ""); Statement s = db.createStatement()) {
            for (long article = 1; article <= 2; article++) {
                s.execute(
                        "insert into article (id, url, headline, body, language, content_hash, ingested_at, sort_at, dropped_paragraphs)"
                                + " values (" + article + ", 'https://migration.example/" + article
                                + "', 'Headline', 'Body', 'en', 'hash" + article
                                + "', current_timestamp, current_timestamp, 0)");
            }
            for (long[] claim : new long[][]{{10, 1}, {20, 2}, {30, 2}}) {
                s.execute("insert into claim (id, article_id, position, text, certainty, hedges, sort_at)"
                        + " values (" + claim[0] + ", " + claim[1]
                        + ", 0, 'Claim', 'ASSERTED', '', current_timestamp)");
            }
            s.execute("insert into claim_relation (claim_id, related_claim_id, kind, origin, reason, created_at) values"
                    + " (10, 20, 'CONTRADICTS', 'AUTOMATIC', 'ten vs twenty', current_timestamp),"
                    + " (20, 10, 'CONTRADICTS', 'AUTOMATIC', 'twenty vs ten', current_timestamp),"
                    + " (30, 10, 'CORROBORATES', 'ANALYST', 'noted', current_timestamp)");
        }

        flyway(url, user, kind).load().migrate();

        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery("select claim_id, related_claim_id, kind, origin, reason, reverse_reason"
                        + " from claim_relation order by claim_id, related_claim_id")) {
            while (r.next()) {
                rows.add(r.getLong(1) + " " + r.getLong(2) + " " + r.getString(3) + " " + r.getString(4) + " "
                        + r.getString(5)
                        + " / " + r.getString(6));
            }
        }
        assertEquals(List.of("10 20 CONTRADICTS AUTOMATIC ten vs twenty / twenty vs ten",
                "10 30 CORROBORATES ANALYST noted / noted"), rows);
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user,
            String kind) {
        return Flyway.configure().dataSource(url, user, "")
                .locations("classpath:db/migration", "classpath:db/vendor/" + kind)
                .failOnMissingLocations(false);
    }
}
