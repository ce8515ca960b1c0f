package io.claimgraph.timeline;

import io.claimgraph.claim.ClaimFilter;
import io.claimgraph.claim.ClaimQueries;
import io.claimgraph.error.BadUserInputException;
import io.claimgraph.model.Actor;
import io.claimgraph.model.Location;
import io.claimgraph.store.Filters;
import io.claimgraph.store.Lookups;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Claim counts over time. The database counts claims per UTC day (the day number is computed from the epoch
 * seconds of the claim's sort time, {@code floor(extract(epoch from sortAt) / 86400)}, which means the same on H2
 * and PostgreSQL whatever the session time zone); weeks and months, empty buckets and the series' alignment are
 * made here. At most three statements: the totals, the top actors or locations, their counts.
 */
@ApplicationScoped
public class TimelineQueries {

    static final int MAX_BUCKETS = 1000;
    static final int MAX_SERIES = 20;
    private static final String DAY = "floor(extract(epoch from e.sortAt) / 86400)";

    public ClaimTimeline timeline(ClaimFilter filter, TimelineInterval interval, LocalDate from, LocalDate to,
            TimelineGroup groupBy, Integer top) {
        TimelineInterval width = interval == null ? TimelineInterval.DAY : interval;
        int seriesCount = top == null ? 5 : top;
        if (seriesCount < 1 || seriesCount > MAX_SERIES) {
            throw new BadUserInputException("top", "top must be between 1 and " + MAX_SERIES);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadUserInputException("from", "from must not be after to");
        }
        if (from != null && to != null && bucketCount(width, from, to) > MAX_BUCKETS) {
            throw new BadUserInputException("interval", "A timeline has at most " + MAX_BUCKETS
                    + " buckets: choose a wider interval or a shorter range from..to");
        }
        Filters filters = ClaimQueries.filters(filter);
        if (from != null) {
            filters.always("e.sortAt >= :timelineFrom",
                    Map.of("timelineFrom", from.atStartOfDay().atOffset(ZoneOffset.UTC)));
        }
        if (to != null) {
            filters.always("e.sortAt < :timelineTo",
                    Map.of("timelineTo", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
        }

        TreeMap<Long, Long> perDay = new TreeMap<>();
        for (Object[] row : query("select " + DAY + ", count(e) from Claim e" + filters.where() + " group by " + DAY,
                filters, null)) {
            perDay.put(number(row[0]), number(row[1]));
        }
        LocalDate first = from != null ? from : perDay.isEmpty() ? null : LocalDate.ofEpochDay(perDay.firstKey());
        LocalDate last = to != null ? to : perDay.isEmpty() ? null : LocalDate.ofEpochDay(perDay.lastKey());
        if (first == null || last == null) {
            return new ClaimTimeline(width, from, to, 0, List.of(), List.of());
        }
        if (from == null && bucketCount(width, first, last) > MAX_BUCKETS) {
            first = start(width, last); // no range asked for: the newest MAX_BUCKETS buckets
            for (int i = 1; i < MAX_BUCKETS; i++) {
                first = previous(width, first);
            }
        }
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = start(width, first); !s.isAfter(last); s = next(width, s)) {
            starts.add(s);
        }
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            index.put(starts.get(i), i);
        }
        int[] totals = new int[starts.size()];
        int total = add(totals, perDay, width, index, first, last);
        List<TimelineBucket> buckets = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            buckets.add(new TimelineBucket(starts.get(i), next(width, starts.get(i)).minusDays(1), totals[i]));
        }
        List<TimelineSeries> series = groupBy == null ? List.of()
                : series(filters, groupBy, seriesCount, width, index, first, last, starts.size());
        return new ClaimTimeline(width, first, last, total, buckets, series);
    }

    private List<TimelineSeries> series(Filters filters, TimelineGroup groupBy, int top, TimelineInterval width,
            Map<LocalDate, Integer> index, LocalDate first, LocalDate last, int size) {
        String join = groupBy == TimelineGroup.ACTOR ? " join e.subjects g" : " join e.locations g";
        List<Object[]> ranking = query("select g.id, count(e) from Claim e" + join + filters.where()
                + " group by g.id order by count(e) desc, g.id", filters, top);
        if (ranking.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ranking.stream().map(r -> (Long) r[0]).toList();
        Map<Long, TreeMap<Long, Long>> perDay = new LinkedHashMap<>();
        ids.forEach(id -> perDay.put(id, new TreeMap<>()));
        filters.always("g.id in :groupIds", Map.of("groupIds", ids));
        for (Object[] row : query(
                "select g.id, " + DAY + ", count(e) from Claim e" + join + filters.where() + " group by g.id, " + DAY,
                filters, null)) {
            perDay.get((Long) row[0]).put(number(row[1]), number(row[2]));
        }
        Map<Long, ?> rows = groupBy == TimelineGroup.ACTOR
                ? Lookups.byId(Actor.class, ids, a -> a.id)
                : Lookups.byId(Location.class, ids, l -> l.id);
        List<TimelineSeries> series = new ArrayList<>();
        for (Long id : ids) {
            int[] counts = new int[size];
            int total = add(counts, perDay.get(id), width, index, first, last);
            List<Integer> list = Arrays.stream(counts).boxed().toList();
            Object row = rows.get(id);
            series.add(groupBy == TimelineGroup.ACTOR
                    ? new TimelineSeries((Actor) row, null, total, list)
                    : new TimelineSeries(null, (Location) row, total, list));
        }
        return series;
    }

    /** Adds day counts into their buckets; days outside first..last (clipped ranges) are left out. */
    private static int add(int[] buckets, Map<Long, Long> perDay, TimelineInterval width, Map<LocalDate, Integer> index,
            LocalDate first, LocalDate last) {
        int total = 0;
        for (Map.Entry<Long, Long> day : perDay.entrySet()) {
            LocalDate date = LocalDate.ofEpochDay(day.getKey());
            if (date.isBefore(first) || date.isAfter(last)) {
                continue;
            }
            Integer i = index.get(start(width, date));
            if (i != null) {
                buckets[i] += day.getValue().intValue();
                total += day.getValue().intValue();
            }
        }
        return total;
    }

    private static List<Object[]> query(String hql, Filters filters, Integer max) {
        TypedQuery<Object[]> query = Panache.getEntityManager().createQuery(hql, Object[].class);
        filters.parameters().forEach(query::setParameter);
        if (max != null) {
            query.setMaxResults(max);
        }
        return query.getResultList();
    }

    static LocalDate start(TimelineInterval width, LocalDate day) {
        return switch (width) {
            case DAY -> day;
            case WEEK -> day.with(DayOfWeek.MONDAY);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    private static LocalDate next(TimelineInterval width, LocalDate start) {
        return switch (width) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    private static LocalDate previous(TimelineInterval width, LocalDate start) {
        return switch (width) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
        };
    }

    private static long bucketCount(TimelineInterval width, LocalDate from, LocalDate to) {
        LocalDate a = start(width, from);
        LocalDate b = start(width, to);
        return switch (width) {
            case DAY -> b.toEpochDay() - a.toEpochDay() + 1;
            case WEEK -> (b.toEpochDay() - a.toEpochDay()) / 7 + 1;
            case MONTH -> (b.getYear() - a.getYear()) * 12L + b.getMonthValue() - a.getMonthValue() + 1;
        };
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
