package io.claimgraph.model;

/** How a stated number bounds the real one. */
public enum QuantityBound {
    EXACT, APPROXIMATE, AT_LEAST, AT_MOST, RANGE
}
