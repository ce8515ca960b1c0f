package io.claimgraph.claim;

/** How a stated number bounds the real one. */
public enum QuantityBound {
    EXACT, APPROXIMATE, AT_LEAST, AT_MOST, RANGE
}
