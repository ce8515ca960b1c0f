package io.claimgraph.geo;

import io.claimgraph.claim.ClaimFilter;
import io.claimgraph.location.LocationFilter;
import io.claimgraph.store.ReadOnlyQuery;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class GeoApi {

    private final GeoQueries queries;

    public GeoApi(GeoQueries queries) {
        this.queries = queries;
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    @Description("Locations with coordinates as GeoJSON, filtered like locations (within: a map view; boxes may cross "
            + "longitude 180), alphabetical, each with the counts of its claims.")
    public LocationFeatureCollection locationsGeoJson(LocationFilter filter, @DefaultValue("1000") Integer limit) {
        return queries.locations(filter, limit);
    }

    @Query
    @NonNull
    @ReadOnlyQuery
    @Description("Where the claims matching the filter are, as GeoJSON: one point per location with the number of those "
            + "claims there, most claims first. filter.within keeps the locations inside the box.")
    public LocationFeatureCollection claimsGeoJson(ClaimFilter filter, @DefaultValue("1000") Integer limit) {
        return queries.claims(filter, limit);
    }
}
