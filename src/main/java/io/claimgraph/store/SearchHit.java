package io.claimgraph.store;

/**
 * A row a search found and its rank: larger is more relevant, comparable only within one search.
 */
public record SearchHit<T>(T row, Number rank) {
}
