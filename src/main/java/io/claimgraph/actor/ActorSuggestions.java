package io.claimgraph.actor;

import io.claimgraph.error.BadUserInputException;
import io.claimgraph.model.Actor;
import io.claimgraph.model.ActorAlias;
import io.claimgraph.store.NameMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Actor names for an autocomplete box: names and aliases, matched by {@link NameMatch}. Names and aliases are two
 * queries, each answered from its own index, merged here: one query with an {@code or} across the two tables
 * could not use either index.
 */
@ApplicationScoped
public class ActorSuggestions {

    /** Most suggestions one call returns: a list under a search box, not a page to scroll. */
    public static final int MAX = 50;

    public List<ActorSuggestion> suggest(String text, Integer first) {
        int limit = first == null ? 10 : first;
        if (limit < 0 || limit > MAX) {
            throw new BadUserInputException("first", "first must be between 0 and " + MAX);
        }
        NameMatch match = NameMatch.of("text", text);
        List<NameMatch.Found<Actor>> names = match.find(Actor.class, "nameKey", "e", "", limit,
                (Actor row) -> new NameMatch.Found<>(row, row.id, row.name, row.nameKey));
        List<NameMatch.Found<Actor>> aliases = match.find(ActorAlias.class, "aliasKey", "e", " join fetch e.actor",
                limit,
                (ActorAlias row) -> new NameMatch.Found<>(row.actor, row.actorId, row.alias, row.aliasKey));
        return match.merge(limit, names, aliases).stream()
                .map(found -> new ActorSuggestion(found.row(), found.matched(), match.highlight(found.matched())))
                .toList();
    }
}
