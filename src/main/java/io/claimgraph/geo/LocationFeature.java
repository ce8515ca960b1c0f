package io.claimgraph.geo;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A GeoJSON Feature: one location as a point, its id the location's. */
@Type("LocationFeature")
@Description("A GeoJSON Feature: a location as a Point, with the location's id.")
public class LocationFeature {

    private final String id;
    private final PointGeometry geometry;
    private final LocationFeatureProperties properties;

    public LocationFeature(String id, PointGeometry geometry, LocationFeatureProperties properties) {
        this.id = id;
        this.geometry = geometry;
        this.properties = properties;
    }

    @NonNull
    @Description("Always \"Feature\".")
    public String getType() {
        return "Feature";
    }

    @NonNull
    @Id
    public String getId() {
        return id;
    }

    @NonNull
    public PointGeometry getGeometry() {
        return geometry;
    }

    @NonNull
    public LocationFeatureProperties getProperties() {
        return properties;
    }
}
