package io.claimgraph.model;

public enum LocationType {
    COUNTRY,
    /** A first-level subdivision: oblast, state, province, region. */
    REGION, CITY,
    /** A named area that is not an administrative unit: "the Donbas", "the Sahel". */
    AREA, OTHER
}
