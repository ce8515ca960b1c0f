-- Claims filtered by certainty are read newest first, a page at a time: the sort index serves that, the certainty
-- index did not. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
--
-- An index on certainty alone picks out all claims of a certainty (a fifth of the table in the benchmark's data; in
-- real news most claims are ASSERTED or REPORTED), which then have to be sorted to give a first page: on the
-- benchmark's 100k claims H2 chose it for `certainty in ('REPORTED')` and scanned 20,014 rows (11,765 page reads)
-- for 21; without it, H2 walks ix_claim_sort and stops after 72 rows (13 page reads). It also cost every claim insert
-- an index entry.
drop index ix_claim_certainty;
