package io.claimgraph.location;

import io.claimgraph.model.Location;
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
public class LocationApi {

    private final LocationQueries queries;
    private final LocationSuggestions suggestions;
    private final LocationService locations;

    public LocationApi(LocationQueries queries, LocationSuggestions suggestions, LocationService locations) {
        this.queries = queries;
        this.suggestions = suggestions;
        this.locations = locations;
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    @Description("Locations for an autocomplete box: names and aliases that start with the text, or, from three letters on, contain it; case and diacritics aside (\"sao\" finds \"São Paulo\"). Whole-name matches first, then names that start with the text, then names with a word that does; shorter names first. At most `first` (default 10, at most 50).")
    public List<@NonNull LocationSuggestion> suggestLocations(@NonNull String text, @DefaultValue("10") Integer first) {
        return suggestions.suggest(text, first);
    }

    @Query
    @ReadOnlyQuery
    public Location location(@NonNull @Id String id) {
        return Location.findById(Ids.parse("id", id));
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    public LocationConnection locations(LocationFilter filter, @DefaultValue("20") Integer first, String after,
            @Description("The last rows (before `before`, or of the whole list); wins over `first`.") Integer last,
            @Description("Cursor (a startCursor) of the row the page ends before, for paging backward with `last`.") String before,
            @Description("Sort keys, most significant first (at most 3); by name when absent. Rows that tie on every key are ordered by id.") List<LocationOrder> orderBy) {
        return LocationConnection.of(queries.list(filter, new PageRequest(first, after, last, before), orderBy));
    }

    @Mutation
    @NonNull
    public Location createLocation(@NonNull LocationInput input) {
        return locations.create(input);
    }

    @Mutation
    @NonNull
    public Location updateLocation(@NonNull @Id String id, @NonNull LocationInput input) {
        return locations.update(id, input);
    }

    @Mutation
    @Description("Delete a location. Refused with CONFLICT while claims reference it or other locations lie inside it.")
    public boolean deleteLocation(@NonNull @Id String id) {
        return locations.delete(id);
    }
}
