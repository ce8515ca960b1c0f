package io.claimgraph.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of the copy of the newest articles' search vectors ({@link RecentSearchCopy}); written by triggers only. */
@Entity
@Table(name = "article_search_recent")
public class ArticleSearchCopy {

    @Id
    public Long id;

    @Column(name = "sort_at")
    public OffsetDateTime sortAt;
}
