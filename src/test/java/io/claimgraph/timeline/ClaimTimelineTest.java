package io.claimgraph.timeline;

import static io.claimgraph.Fixtures.assertClientError;
import static io.claimgraph.Fixtures.createActor;
import static io.claimgraph.Fixtures.createClaim;
import static io.claimgraph.Fixtures.createLocation;
import static io.claimgraph.Fixtures.ingestArticle;
import static io.claimgraph.Fixtures.unique;
import static io.claimgraph.GraphQL.ok;
import static io.claimgraph.GraphQL.post;
import static io.claimgraph.GraphQL.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claim counts per day, week and month over real GraphQL: empty buckets, explicit ranges, series per actor and place. */
@QuarkusTest
public class ClaimTimelineTest {

    private static final String TIMELINE = """
            query($filter: ClaimFilter, $interval: TimelineInterval, $from: Date, $to: Date, $groupBy: TimelineGroup, $top: Int) {
              claimTimeline(filter: $filter, interval: $interval, from: $from, to: $to, groupBy: $groupBy, top: $top) {
                interval from to total
                buckets { start end count }
                series { actor { id name } location { id name } total counts }
              }
            }""";

    private static String army;
    private static String navy;
    private static String north;
    private static String south;

    /**
     * Claims about the army: 2 on Monday 2031-01-06 (one also about the navy), 1 on Wednesday 2031-01-08 (navy
     * too), 1 on 2031-01-20 and 1 on 2031-03-01 (a Saturday); nothing in February.
     */
    @BeforeEach
    void claimsOnKnownDays() {
        if (army != null) {
            return;
        }
        String token = unique();
        army = createActor("Timeline Army " + token);
        navy = createActor("Timeline Navy " + token);
        north = createLocation("Timeline North " + token);
        south = createLocation("Timeline South " + token);
        claim("2031-01-06T09:00:00Z", List.of(army, navy), north);
        claim("2031-01-06T23:59:00Z", List.of(army), north);
        claim("2031-01-08T00:00:00Z", List.of(army, navy), south);
        claim("2031-01-20T12:00:00Z", List.of(army), north);
        claim("2031-03-01T12:00:00Z", List.of(army), south);
    }

    private static void claim(String publishedAt, List<String> subjects, String place) {
        String article = ingestArticle(unique(), publishedAt);
        createClaim(article, "Manoeuvres reported " + unique(), null, subjects, List.of(place), null);
    }

    private static JsonPath timeline(Object... keyValues) {
        return ok(TIMELINE, vars(keyValues));
    }

    @Test
    void dailyCountsFillTheDaysWithoutClaims() {
        JsonPath r = timeline("filter", Map.of("actorId", army));
        assertEquals("DAY", r.getString("data.claimTimeline.interval"));
        assertEquals("2031-01-06", r.getString("data.claimTimeline.from"));
        assertEquals("2031-03-01", r.getString("data.claimTimeline.to"));
        assertEquals(5, r.getInt("data.claimTimeline.total"));
        List<Integer> counts = r.getList("data.claimTimeline.buckets.count");
        assertEquals(55, counts.size(), "every day from 6 January to 1 March");
        assertEquals(List.of(2, 0, 1), counts.subList(0, 3));
        assertEquals(1, counts.get(14));
        assertEquals(1, counts.get(54));
        assertEquals(5, counts.stream().mapToInt(Integer::intValue).sum());
        assertEquals("2031-01-07", r.getString("data.claimTimeline.buckets[1].start"));
        assertEquals("2031-01-07", r.getString("data.claimTimeline.buckets[1].end"));
        assertEquals(List.of(), r.getList("data.claimTimeline.series"));
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        JsonPath weeks = timeline("filter", Map.of("actorId", army), "interval", "WEEK");
        assertEquals("2031-01-06", weeks.getString("data.claimTimeline.buckets[0].start"));
        assertEquals("2031-01-12", weeks.getString("data.claimTimeline.buckets[0].end"));
        List<Integer> weekly = weeks.getList("data.claimTimeline.buckets.count");
        assertEquals(8, weekly.size(), "6 January to the week of 1 March (which starts 24 February)");
        assertEquals(List.of(3, 0, 1, 0, 0, 0, 0, 1), weekly);
        assertEquals("2031-02-24", weeks.getString("data.claimTimeline.buckets[7].start"));

        JsonPath months = timeline("filter", Map.of("actorId", army), "interval", "MONTH");
        assertEquals(List.of("2031-01-01", "2031-02-01", "2031-03-01"),
                months.getList("data.claimTimeline.buckets.start"));
        assertEquals(List.of("2031-01-31", "2031-02-28", "2031-03-31"),
                months.getList("data.claimTimeline.buckets.end"));
        assertEquals(List.of(4, 0, 1), months.getList("data.claimTimeline.buckets.count"));
    }

    @Test
    void anExplicitRangeCountsOnlyItsDaysAndKeepsEmptyEnds() {
        JsonPath r = timeline("filter", Map.of("actorId", army), "interval", "MONTH", "from", "2030-12-15", "to",
                "2031-01-07");
        assertEquals("2030-12-15", r.getString("data.claimTimeline.from"));
        assertEquals("2031-01-07", r.getString("data.claimTimeline.to"));
        assertEquals(List.of("2030-12-01", "2031-01-01"), r.getList("data.claimTimeline.buckets.start"));
        assertEquals(List.of(0, 2), r.getList("data.claimTimeline.buckets.count"));
        assertEquals(2, r.getInt("data.claimTimeline.total"));

        JsonPath empty = timeline("filter", Map.of("actorId", army), "from", "2031-02-02", "to", "2031-02-04");
        assertEquals(Collections.nCopies(3, 0), empty.getList("data.claimTimeline.buckets.count"));
        assertEquals(0, empty.getInt("data.claimTimeline.total"));

        JsonPath nothing = timeline("filter", Map.of("text", "no claim says this " + unique()));
        assertEquals(List.of(), nothing.getList("data.claimTimeline.buckets"));
        assertNull(nothing.get("data.claimTimeline.from"));
    }

    @Test
    void seriesPerActorAndPerLocationAlignWithTheBuckets() {
        JsonPath actors = timeline("filter", Map.of("actorId", army), "interval", "WEEK", "groupBy", "ACTOR", "top", 2);
        List<Map<String, Object>> series = actors.getList("data.claimTimeline.series");
        assertEquals(2, series.size());
        assertEquals(army, ((Map<?, ?>) series.get(0).get("actor")).get("id"));
        assertEquals(5, series.get(0).get("total"));
        assertEquals(List.of(3, 0, 1, 0, 0, 0, 0, 1), series.get(0).get("counts"));
        assertEquals(navy, ((Map<?, ?>) series.get(1).get("actor")).get("id"));
        assertEquals(List.of(2, 0, 0, 0, 0, 0, 0, 0), series.get(1).get("counts"));
        assertNull(series.get(1).get("location"));

        JsonPath places = timeline("filter", Map.of("actorId", army), "interval", "MONTH", "groupBy", "LOCATION");
        List<Map<String, Object>> perPlace = places.getList("data.claimTimeline.series");
        List<Object> ids = new ArrayList<>();
        perPlace.forEach(s -> ids.add(((Map<?, ?>) s.get("location")).get("id")));
        assertEquals(List.of(north, south), ids, "most claims first");
        assertEquals(List.of(3, 0, 0), perPlace.get(0).get("counts"));
        assertEquals(List.of(1, 0, 1), perPlace.get(1).get("counts"));
    }

    @Test
    void badArgumentsAreRefused() {
        assertClientError(post(TIMELINE, vars("from", "2031-02-01", "to", "2031-01-01")), "BAD_USER_INPUT", "from");
        assertClientError(post(TIMELINE, vars("from", "2000-01-01", "to", "2031-01-01")), "BAD_USER_INPUT", "interval");
        assertClientError(post(TIMELINE, vars("groupBy", "ACTOR", "top", 0)), "BAD_USER_INPUT", "top");
        assertClientError(post(TIMELINE, vars("top", 21)), "BAD_USER_INPUT", "top");
    }
}
