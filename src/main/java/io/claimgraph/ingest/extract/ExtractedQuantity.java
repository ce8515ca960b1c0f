package io.claimgraph.ingest.extract;

import io.claimgraph.model.QuantityBound;

/**
 * A number a claim carries: "at least an additional 1,000 soldiers" is value 1000, bound AT_LEAST, unit "soldier".
 *
 * @param upper   upper end for RANGE, else null
 * @param unit    the counted thing, singular lower case, or null
 * @param measure what happened to it when the text says ("killed", "deployed"), or null
 * @param text    the span as written
 */
public record ExtractedQuantity(double value, Double upper, QuantityBound bound, String unit, String measure,
        String text) {
}
