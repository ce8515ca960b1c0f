package io.claimgraph.geo;

import io.claimgraph.model.LocationType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * What a map styles a location's point by. The counts are of the claims the query counted: every claim at the place
 * for locationsGeoJson, the claims matching the filter for claimsGeoJson.
 */
@Type("LocationFeatureProperties")
@Description("The location and its claim counts, for styling the point (size by claimCount, colour by disputedCount).")
public record LocationFeatureProperties(
        @NonNull @Id String locationId,
        @NonNull String name,
        @NonNull LocationType type,
        String countryCode,
        @Id String parentId,
        @Description("Claims at this location (for claimsGeoJson: those matching the filter).") int claimCount,
        @Description("Of those, how many are CORROBORATED.") int corroboratedCount,
        @Description("Of those, how many are DISPUTED.") int disputedCount) {
}
