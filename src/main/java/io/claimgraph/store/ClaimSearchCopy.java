package io.claimgraph.store;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The copy of the newest claims' search vectors. */
@Entity
@Table(name = "claim_search_recent")
public class ClaimSearchCopy extends SearchCopyRow {
}
