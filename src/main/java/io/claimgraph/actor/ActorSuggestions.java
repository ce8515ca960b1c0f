package io.claimgraph.actor;

import io.claimgraph.model.Actor;
import io.claimgraph.model.ActorAlias;
import io.claimgraph.store.NameMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Actor names for an autocomplete box: names and aliases, matched by {@link NameMatch}. */
@ApplicationScoped
public class ActorSuggestions {

    public List<ActorSuggestion> suggest(String text, Integer first) {
        int limit = NameMatch.limit(first);
        NameMatch match = NameMatch.of("text", text);
        return match.suggest(Actor.class, row -> new NameMatch.Found<>(row, row.id, row.name, row.nameKey),
                ActorAlias.class, "actor",
                row -> new NameMatch.Found<>(row.actor, row.actorId, row.alias, row.aliasKey), limit)
                .stream()
                .map(found -> new ActorSuggestion(found.row(), found.matched(), match.highlight(found.matched())))
                .toList();
    }
}
