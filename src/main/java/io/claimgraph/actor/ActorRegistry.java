package io.claimgraph.actor;

import io.claimgraph.model.Actor;
import io.claimgraph.model.ActorType;
import io.claimgraph.store.KeyRaces;
import io.claimgraph.text.KnownIds;
import io.claimgraph.text.NameKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Finds the stored actor for a name (or alias), creating it when there is none, for ingest.
 *
 * <p>Creation runs in its own short transaction and is retried when a parallel ingest created the same actor
 * first (the unique name key makes the loser fail; its retry finds the winner's row). So parallel ingests of
 * overlapping articles never create an actor twice, and never hold each other up until the end of a whole
 * article's transaction. An actor created for an ingest that later fails stays: it is a true fact about the
 * world that the next ingest will reuse.
 *
 * <p>Resolved mentions are remembered ({@link KnownIds}), so an actor that recurs across articles costs one
 * transaction per process, not one per article.
 */
@ApplicationScoped
public class ActorRegistry {

    private static final int ATTEMPTS = 3;

    private final KnownIds known = new KnownIds(50_000);

    /** The id of the actor known by {@code name} or any of {@code aliases}; new forms are added as aliases. */
    public long idFor(String name, ActorType type, String countryCode, List<String> aliases) {
        String key = type + "|" + countryCode + "|" + NameKey.of(name) + "|" + String.join("|", aliases);
        return known.get(key, () -> findOrCreateCommitted(name, type, countryCode, aliases));
    }

    /** Drops every remembered id: called after actors are edited, merged or deleted. */
    public void forgetKnownIds() {
        known.forget();
    }

    private static long findOrCreateCommitted(String name, ActorType type, String countryCode, List<String> aliases) {
        return KeyRaces.inNewTransaction(ATTEMPTS, KeyRaces.UNIQUE_KEY,
                retry -> findOrCreate(name, type, countryCode, aliases));
    }

    private static long findOrCreate(String name, ActorType type, String countryCode, List<String> aliases) {
        Actor actor = Actor.findByNameOrAlias(name).orElse(null);
        if (actor == null) {
            actor = new Actor();
            actor.name = name.strip();
            actor.type = type;
            actor.countryCode = countryCode;
            actor.persist();
        } else if (actor.countryCode == null && countryCode != null) {
            actor.countryCode = countryCode;
        }
        for (String alias : aliases) {
            if (!alias.isBlank()) {
                ActorService.addAliasIfNew(actor, alias);
            }
        }
        Actor.flush();
        return actor.id;
    }
}
