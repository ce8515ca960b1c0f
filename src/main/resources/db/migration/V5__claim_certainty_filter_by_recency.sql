-- Claims filtered by certainty are read newest first, a page at a time: the sort index serves that, the certainty
-- index did not. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
--
-- Each certainty is about a fifth of all claims, so an index on it alone picks out a fifth of the table, which then
-- has to be sorted to give the first page: on the benchmark's 100k claims, H2 chose it for
-- `certainty in ('REPORTED')` and scanned 20,014 rows (11,765 page reads) for 21; without it, H2 walks
-- ix_claim_sort and stops after 72 rows (13 page reads). It also cost every claim insert an index entry.
drop index ix_claim_certainty;
