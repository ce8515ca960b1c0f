package io.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.claimgraph.actor.ActorOrder;
import io.claimgraph.actor.ActorQueries;
import io.claimgraph.article.ArticleOrder;
import io.claimgraph.article.ArticleQueries;
import io.claimgraph.claim.ClaimOrder;
import io.claimgraph.claim.ClaimQueries;
import io.claimgraph.location.LocationOrder;
import io.claimgraph.location.LocationQueries;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every order a list offers is read from an index, in both directions, from the start and from a cursor: PostgreSQL
 * plans each page query with sequential scans and sorts priced out ({@code enable_seqscan}, {@code enable_sort} and,
 * for one-key orders, {@code enable_incremental_sort} off), so a plan that still holds one has no index to take
 * instead. The page
 * queries are the pager's, written in SQL from the orders' own keysets (an attribute is its column in snake case).
 * A test database is small, so the plan a big one gets is measured by the bench (docs/performance.md).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql", disabledReason = "reads PostgreSQL's plans: runs in the PostgreSQL suite (-Ppostgresql)")
class ListOrderPlanTest {

    private static final Pattern ATTRIBUTE = Pattern.compile("e\\.([a-z][A-Za-z]*)");
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");
    /** A plan node that sorts all its input (an "Incremental Sort" node sorts only the ties of a presorted key). */
    private static final Pattern FULL_SORT = Pattern.compile("(?m)(^|->\\s+)Sort\\s+\\(");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everySingleKeyOrderIsReadFromAnIndex() throws SQLException {
        List<String> plans = new ArrayList<>();
        for (ArticleOrder.Field field : ArticleOrder.Field.values()) {
            for (OrderDirection direction : OrderDirection.values()) {
                ArticleOrder key = new ArticleOrder();
                key.field = field;
                key.direction = direction;
                plans.addAll(pagePlans("article", ArticleQueries.order(List.of(key)), false));
            }
        }
        for (OrderDirection direction : OrderDirection.values()) {
            for (ClaimOrder.Field field : ClaimOrder.Field.values()) {
                ClaimOrder claim = new ClaimOrder();
                claim.field = field;
                claim.direction = direction;
                plans.addAll(pagePlans("claim", ClaimQueries.order(List.of(claim)), false));
            }
            for (ActorOrder.Field field : ActorOrder.Field.values()) {
                ActorOrder actor = new ActorOrder();
                actor.field = field;
                actor.direction = direction;
                plans.addAll(pagePlans("actor", ActorQueries.order(List.of(actor)), false));
            }
            for (LocationOrder.Field field : LocationOrder.Field.values()) {
                LocationOrder location = new LocationOrder();
                location.field = field;
                location.direction = direction;
                plans.addAll(pagePlans("location", LocationQueries.order(List.of(location)), false));
            }
        }
        assertTrue(plans.size() >= (ArticleOrder.Field.values().length + ClaimOrder.Field.values().length
                + ActorOrder.Field.values().length + LocationOrder.Field.values().length) * 2 * 4,
                "every order was planned");
        for (String plan : plans) {
            assertFalse(plan.contains("Seq Scan"), "a table read from end to end:\n" + plan);
            assertFalse(plan.contains("Sort"), "a sort:\n" + plan);
            if (plan.contains(" where ")) {
                // the index is entered at the cursor, not read from the list's start and filtered up to it
                assertTrue(plan.contains("Index Cond: (ROW("), "a page that does not start at its cursor:\n" + plan);
            }
        }
    }

    @Test
    void aSecondKeySortsOnlyTheTiesOfTheFirst() throws SQLException {
        ArticleOrder published = new ArticleOrder();
        published.field = ArticleOrder.Field.PUBLISHED;
        published.direction = OrderDirection.DESC;
        ArticleOrder headline = new ArticleOrder();
        headline.field = ArticleOrder.Field.HEADLINE;
        for (String plan : pagePlans("article", ArticleQueries.order(List.of(published, headline)), true)) {
            assertFalse(plan.contains("Seq Scan"), "a table read from end to end:\n" + plan);
            assertFalse(FULL_SORT.matcher(plan).find(), "a sort of the whole list:\n" + plan);
        }
    }

    /**
     * The plans of a page forward and backward, from the start and from a position; {@code tiesSorted} lets the plan
     * sort the rows that tie on the first key (an incremental sort), never the list.
     */
    private List<String> pagePlans(String table, Keyset<?> keyset, boolean tiesSorted) throws SQLException {
        List<String> plans = new ArrayList<>();
        for (boolean backward : new boolean[]{false, true}) {
            plans.add(plan(table, keyset, null, backward, tiesSorted));
            plans.add(plan(table, keyset, backward ? Keyset.Side.BEFORE : Keyset.Side.AFTER, backward, tiesSorted));
        }
        return plans;
    }

    private String plan(String table, Keyset<?> keyset, Keyset.Side side, boolean backward, boolean tiesSorted)
            throws SQLException {
        String hql = "select e.id from " + table + " e"
                + (side == null ? "" : " where " + keyset.condition("e", side, "p")) + keyset.orderBy("e", backward);
        List<Object> values = new ArrayList<>();
        Map<String, Object> position = samplePosition(keyset);
        Matcher parameters = PARAMETER.matcher(hql);
        StringBuilder sql = new StringBuilder();
        while (parameters.find()) {
            values.add(position.get(parameters.group(1)));
            parameters.appendReplacement(sql, "?");
        }
        parameters.appendTail(sql);
        String page = ATTRIBUTE.matcher(sql).replaceAll(m -> "e." + snake(m.group(1))) + " limit 21";
        List<String> settings = new ArrayList<>(List.of("enable_seqscan = off", "enable_sort = off"));
        if (!tiesSorted) {
            settings.add("enable_incremental_sort = off");
        }
        return Plans.explain(dataSource, page, settings, values);
    }

    /** A position of the right types for each parameter of a condition with prefix "p". */
    private static Map<String, Object> samplePosition(Keyset<?> keyset) {
        Map<String, Object> position = new java.util.HashMap<>();
        for (int i = 0; i < keyset.keys().size(); i++) {
            Function<String, Object> parse = keyset.keys().get(i).parse();
            Object sample = null;
            // a time, a date or a text: the first the key reads
            for (String text : new String[]{OffsetDateTime.parse("2024-06-01T00:00:00Z").toInstant().toString(),
                    "2024-06-01", "1", "m"}) {
                try {
                    sample = parse.apply(text);
                    break;
                } catch (RuntimeException notThisType) {
                    // the next kind of value
                }
            }
            position.put("p" + i, sample);
        }
        position.put("pId", 1_000L);
        return position;
    }

    private static String snake(String attribute) {
        return attribute.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
