package io.claimgraph.ingest;

public enum IngestOutcome {
    /** A new article was stored. */
    CREATED,
    /** The url was known with other content: the article was replaced and its claims extracted again. */
    UPDATED,
    /** The url or the normalised content was already stored: nothing was written. */
    DUPLICATE,
    /** The article was refused (batch ingest only); {@code error} says why. */
    REJECTED
}
