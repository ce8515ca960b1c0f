package io.claimgraph.store;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * A row of a copy of the newest rows' search vectors ({@link RecentSearchCopy}); written by triggers only. The vector
 * column is PostgreSQL's alone and is named by the search functions, not mapped.
 */
@MappedSuperclass
public abstract class SearchCopyRow {

    @Id
    public Long id;

    @Column(name = "sort_at")
    public OffsetDateTime sortAt;
}
