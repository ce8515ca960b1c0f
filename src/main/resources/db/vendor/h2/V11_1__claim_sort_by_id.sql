-- A claim's sort time by its id, without reading the claim's row (io.claimgraph.store.NestedPager).
-- Ranking an actor's claims newest first joins the ids of its asserted and subject claims to claim for sort_at. H2
-- reads that column from the primary index, whose leaf pages hold the whole row (text included): most of the
-- ranking's time went to reading and decoding those pages. With this index the join reads only (id, sort_at).
-- PostgreSQL reads the column from its buffer cache at a fraction of the cost and does not need it.
create index ix_claim_id_sort on claim (id, sort_at);
