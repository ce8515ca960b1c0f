package io.claimgraph.geo;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A GeoJSON FeatureCollection (RFC 7946) of point features, one per location. Selected with all of its fields (see the
 * fragment in docs/api-guide.md), the JSON a client receives for it is valid GeoJSON as it stands.
 */
@Type("LocationFeatureCollection")
@Description("A GeoJSON FeatureCollection (RFC 7946), one Point feature per location. Select type, features { type id "
        + "geometry { type coordinates } properties { ... } } and hand the object to Leaflet's L.geoJSON or to a MapLibre "
        + "geojson source as it is.")
public class LocationFeatureCollection {

    private final List<LocationFeature> features;
    private final boolean truncated;

    public LocationFeatureCollection(List<LocationFeature> features, boolean truncated) {
        this.features = List.copyOf(features);
        this.truncated = truncated;
    }

    @NonNull
    @Description("Always \"FeatureCollection\".")
    public String getType() {
        return "FeatureCollection";
    }

    @NonNull
    public List<@NonNull LocationFeature> getFeatures() {
        return features;
    }

    @Description("True when more locations matched than limit allowed; the features are the first of them. A GeoJSON "
            + "foreign member: map libraries ignore it.")
    public boolean isTruncated() {
        return truncated;
    }
}
