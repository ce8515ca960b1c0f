package io.claimgraph.geo;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A GeoJSON Point. */
@Type("PointGeometry")
@Description("A GeoJSON Point.")
public class PointGeometry {

    private final List<Double> coordinates;

    public PointGeometry(double longitude, double latitude) {
        this.coordinates = List.of(longitude, latitude);
    }

    @NonNull
    @Description("Always \"Point\".")
    public String getType() {
        return "Point";
    }

    @NonNull
    @Description("[longitude, latitude] in degrees (WGS 84), longitude first as GeoJSON has it.")
    public List<@NonNull Double> getCoordinates() {
        return coordinates;
    }
}
