package io.claimgraph.model;

import io.claimgraph.error.BadUserInputException;
import java.util.Map;
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

    /** Refuses a box outside the globe or upside down, naming {@code field}. */
    public void check(String field) {
        if (south < -90 || north > 90 || south > north) {
            throw new BadUserInputException(field, "within needs -90 <= south <= north <= 90");
        }
        if (west < -180 || west > 180 || east < -180 || east > 180) {
            throw new BadUserInputException(field, "within needs west and east between -180 and 180");
        }
    }

    /** HQL condition "the location {@code alias} has coordinates inside the box", with {@link #parameters()}. */
    public String clause(String alias) {
        String longitude = crossesAntimeridian()
                ? "(" + alias + ".longitude >= :west or " + alias + ".longitude <= :east)"
                : alias + ".longitude between :west and :east";
        return alias + ".latitude between :south and :north and " + longitude;
    }

    public Map<String, Object> parameters() {
        return Map.of("south", south, "north", north, "west", west, "east", east);
    }
}
