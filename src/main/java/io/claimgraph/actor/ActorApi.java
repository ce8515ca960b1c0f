package io.claimgraph.actor;

import io.claimgraph.model.Actor;
import io.claimgraph.store.Ids;
import io.claimgraph.store.PageRequest;
import io.claimgraph.store.ReadOnlyQuery;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ActorApi {

    private final ActorQueries queries;
    private final ActorSuggestions suggestions;
    private final ActorService actors;

    public ActorApi(ActorQueries queries, ActorSuggestions suggestions, ActorService actors) {
        this.queries = queries;
        this.suggestions = suggestions;
        this.actors = actors;
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    @Description("Actors (people, organisations, states) for an autocomplete box: names and aliases that start with the text, or, from three letters on, contain it; case and diacritics aside (\"sao\" finds \"São Paulo\"). Whole-name matches first, then names that start with the text, then names with a word that does; shorter names first. At most `first` (default 10, at most 50).")
    public List<@NonNull ActorSuggestion> suggestActors(@NonNull String text, @DefaultValue("10") Integer first) {
        return suggestions.suggest(text, first);
    }

    @Query
    @ReadOnlyQuery
    public Actor actor(@NonNull @Id String id) {
        return Actor.findById(Ids.parse("id", id));
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    public ActorConnection actors(ActorFilter filter, @DefaultValue("20") Integer first, String after,
            @Description("The last rows (before `before`, or of the whole list); wins over `first`.") Integer last,
            @Description("Cursor (a startCursor) of the row the page ends before, for paging backward with `last`.") String before,
            @Description("Sort keys, most significant first (at most 3); by name when absent. Rows that tie on every key are ordered by id.") List<ActorOrder> orderBy) {
        return ActorConnection.of(queries.list(filter, new PageRequest(first, after, last, before), orderBy));
    }

    @Mutation
    @NonNull
    public Actor createActor(@NonNull ActorInput input) {
        return actors.create(input);
    }

    @Mutation
    @NonNull
    public Actor updateActor(@NonNull @Id String id, @NonNull ActorInput input) {
        return actors.update(id, input);
    }

    @Mutation
    @NonNull
    public Actor addActorAlias(@NonNull @Id String id, @NonNull String alias) {
        return actors.addAlias(id, alias);
    }

    @Mutation
    @NonNull
    @Description("Fold source into target: aliases, claims and article links move; source is deleted.")
    public Actor mergeActors(@NonNull @Id String sourceId, @NonNull @Id String targetId) {
        return actors.merge(sourceId, targetId);
    }

    @Mutation
    @Description("Delete an actor. Refused with CONFLICT while claims still reference it: detach or merge it first.")
    public boolean deleteActor(@NonNull @Id String id) {
        return actors.delete(id);
    }
}
