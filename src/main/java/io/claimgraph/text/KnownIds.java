package io.claimgraph.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers which stored row a mention resolved to, so that the next article naming the same actor or place
 * links it without a transaction of its own. Only committed ids go in. Anything that could make an entry wrong
 * (an edit, merge or delete of actors or locations) calls {@link #forget()}, and so does an ingest that failed on
 * a foreign key: another replica may have deleted a row this one still remembers.
 *
 * <p>Bounded: when it reaches its size it starts over, which costs one lookup per mention and keeps memory flat.
 */
public final class KnownIds {

    private final int capacity;
    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    public KnownIds(int capacity) {
        this.capacity = capacity;
    }

    /** The remembered id for {@code key}, or the one {@code resolve} finds (and commits), then remembered. */
    public long get(String key, LongSupplier resolve) {
        Long known = ids.get(key);
        if (known != null) {
            return known;
        }
        long id = resolve.getAsLong();
        if (ids.size() >= capacity) {
            ids.clear();
        }
        ids.put(key, id);
        return id;
    }

    public void forget() {
        ids.clear();
    }

    public int size() {
        return ids.size();
    }
}
