package io.claimgraph.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The copy of the newest articles' search vectors. */
@Entity
@Table(name = "article_search_recent")
public class ArticleSearchCopy extends SearchCopyRow {
}
