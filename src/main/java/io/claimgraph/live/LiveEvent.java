package io.claimgraph.live;

import java.util.ArrayList;
import java.util.List;

/**
 * Something subscribers hear about, by id only: every replica loads the rows itself, so an event is the same
 * small message whether it comes from this process or through the database from another replica.
 *
 * @param articleId the article the claims belong to
 * @param articleIngested whether the article itself was just ingested (created, or updated with new content); false
 *            when claims were added to an article that was already there
 * @param claimIds the claims written, in article order
 */
public record LiveEvent(long articleId, boolean articleIngested, List<Long> claimIds) {

    public LiveEvent {
        claimIds = List.copyOf(claimIds);
    }

    /** The event as one line of text: {@code <article>;<1 if ingested else 0>;<claim>,<claim>,...}. */
    public String toWire() {
        StringBuilder wire = new StringBuilder().append(articleId).append(';').append(articleIngested ? '1' : '0')
                .append(';');
        for (int i = 0; i < claimIds.size(); i++) {
            if (i > 0) {
                wire.append(',');
            }
            wire.append(claimIds.get(i));
        }
        return wire.toString();
    }

    /** The event {@link #toWire()} wrote; throws IllegalArgumentException for anything else. */
    public static LiveEvent fromWire(String wire) {
        String[] parts = wire.split(";", -1);
        if (parts.length != 3 || !(parts[1].equals("0") || parts[1].equals("1"))) {
            throw new IllegalArgumentException("Not a live event: " + wire);
        }
        List<Long> claims = new ArrayList<>();
        if (!parts[2].isEmpty()) {
            for (String id : parts[2].split(",")) {
                claims.add(Long.parseLong(id));
            }
        }
        return new LiveEvent(Long.parseLong(parts[0]), parts[1].equals("1"), claims);
    }

    /**
     * The event in parts of at most {@code maxClaims} claim ids each (a PostgreSQL notification carries under 8,000
     * bytes); only the first part announces the article.
     */
    public List<LiveEvent> split(int maxClaims) {
        if (claimIds.size() <= maxClaims) {
            return List.of(this);
        }
        List<LiveEvent> parts = new ArrayList<>();
        for (int from = 0; from < claimIds.size(); from += maxClaims) {
            parts.add(new LiveEvent(articleId, articleIngested && from == 0,
                    claimIds.subList(from, Math.min(claimIds.size(), from + maxClaims))));
        }
        return parts;
    }
}
