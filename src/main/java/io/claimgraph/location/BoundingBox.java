package io.claimgraph.location;

import org.eclipse.microprofile.graphql.Input;

/** A latitude/longitude box in degrees. A box whose west edge is east of its east edge crosses the antimeridian. */
@Input("BoundingBox")
public class BoundingBox {
    public double south;
    public double west;
    public double north;
    public double east;

    /** Whether the box wraps around longitude 180. */
    boolean crossesAntimeridian() {
        return west > east;
    }
}
