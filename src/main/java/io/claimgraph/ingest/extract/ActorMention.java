package io.claimgraph.ingest.extract;

import io.claimgraph.model.ActorType;
import java.util.List;

/**
 * An actor as extraction resolved it: the canonical name it should be stored under, and the other
 * forms the article used for it (which become aliases).
 *
 * @param name        canonical name ("Volodymyr Zelensky", "North Korea", "National Intelligence Service")
 * @param type        what kind of actor it is
 * @param countryCode ISO 3166-1 alpha-2 of the state it belongs to, when known
 * @param aliases     other forms seen in the text ("Zelensky", "Moscow"), without the name itself
 */
public record ActorMention(String name, ActorType type, String countryCode, List<String> aliases) {
}
