package io.claimgraph.location;

import io.claimgraph.model.BoundingBox;
import io.claimgraph.model.LocationType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Which locations to list; every field set narrows the list further. */
@Input("LocationFilter")
public class LocationFilter {

    @Description("Substring of the name or of an alias, ignoring case and diacritics.")
    public String name;

    @Description("Any of these types.")
    public List<@NonNull LocationType> type;

    public String countryCode;

    @Description("Only locations with coordinates inside this box.")
    public BoundingBox within;
}
