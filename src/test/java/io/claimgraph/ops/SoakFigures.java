package io.claimgraph.ops;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** What the soak saw: requests and errors by code per phase, readiness timings; printed for docs/deploying.md. */
final class SoakFigures {

    volatile String phase = "before";
    volatile long cutAt;
    volatile long restoredAt;
    volatile long downAfterMillis = -1;
    volatile long upAfterMillis = -1;
    volatile String subscription = "not checked";
    volatile int storedArticles;
    volatile long maxRssMiB;
    final AtomicInteger livenessFailures = new AtomicInteger();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    private void count(String what) {
        counts.computeIfAbsent(phase + " " + what, k -> new LongAdder()).increment();
    }

    /**
     * Counts a GraphQL response: its status, each error's code, each batch item REJECTED as UNAVAILABLE; returns
     * the list at {@code path} (the batch's results), or null when the response has no data there.
     */
    List<Map<String, Object>> record(Response response, String path) {
        count("requests");
        if (response.statusCode() != 200) {
            count("http " + response.statusCode());
        }
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        if (errors != null) {
            for (Map<String, Object> error : errors) {
                Object extensions = error.get("extensions");
                count("error " + (extensions instanceof Map<?, ?> e ? e.get("code") : "none"));
            }
        }
        Object data = response.jsonPath().get(path);
        if (data instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m) {
                    count("article " + m.get("outcome"));
                    if (m.get("error") instanceof String e && e.startsWith("UNAVAILABLE")) {
                        count("article UNAVAILABLE");
                    }
                }
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> results = (List<Map<String, Object>>) data;
            return results;
        }
        return null;
    }

    /** Errors with a code other than UNAVAILABLE, and statuses other than 200: there must be none. */
    Map<String, Long> otherErrors() {
        Map<String, Long> other = new TreeMap<>();
        counts.forEach((k, v) -> {
            if ((k.contains(" error ") && !k.endsWith(" error UNAVAILABLE")) || k.contains(" http ")) {
                other.put(k, v.sum());
            }
        });
        return other;
    }

    String report() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(k, v.sum()));
        return "SOAK readiness DOWN " + downAfterMillis + " ms after the cut, UP " + upAfterMillis
                + " ms after the restore; liveness failures " + livenessFailures + "; subscription " + subscription
                + "; stored articles " + storedArticles + "; max RSS " + maxRssMiB + " MiB; counts " + sorted;
    }
}
