package io.claimgraph.store;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed again once they are older than a fixed lifetime; for a few keys that many requests ask for at
 * once. Two requests may compute the same value at the same time: the later one wins, both answers are valid.
 */
final class ShortLived<K, V> {

    private record Timed<V>(V value, long computedAt) {
    }

    private final long lifetimeNanos;
    private final Map<K, Timed<V>> values = new ConcurrentHashMap<>();

    ShortLived(Duration lifetime) {
        this.lifetimeNanos = lifetime.toNanos();
    }

    V get(K key, Supplier<V> compute) {
        long now = System.nanoTime();
        Timed<V> known = values.get(key);
        if (known != null && now - known.computedAt() < lifetimeNanos) {
            return known.value();
        }
        V value = compute.get();
        values.put(key, new Timed<>(value, now));
        return value;
    }
}
