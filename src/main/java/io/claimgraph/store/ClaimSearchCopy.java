package io.claimgraph.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of the copy of the newest claims' search vectors ({@link RecentSearchCopy}); written by triggers only. */
@Entity
@Table(name = "claim_search_recent")
public class ClaimSearchCopy {

    @Id
    public Long id;

    @Column(name = "sort_at")
    public OffsetDateTime sortAt;
}
