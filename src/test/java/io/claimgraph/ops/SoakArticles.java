package io.claimgraph.ops;

import java.util.Map;
import java.util.UUID;

/** The soak's articles: one text with new words each time (new content, new url), so each is CREATED once. */
final class SoakArticles {

    private SoakArticles() {
    }

    static Map<String, Object> article(int client, int round, int index) {
        String token = client + "-" + round + "-" + index + "-" + UUID.randomUUID().toString().substring(0, 8);
        return Map.of("url", "https://soak.example.test/" + token,
                "headline", "Port of Examplia to reopen, minister says (" + token + ")",
                "body", "The transport minister said on Monday that the port would reopen next week (" + token
                        + ").\nOfficials said exports rose by 5 percent in March, according to the trade ministry ("
                        + token + ").",
                "publisher", "Example Wire", "publishedAt", "2024-03-04T10:00:00Z");
    }
}
