package io.claimgraph.store;

/** A page of a search's hits and the rows the search looked at. */
public record SearchResults<T>(Page<SearchHit<T>> page, SearchScope scope) {
}
