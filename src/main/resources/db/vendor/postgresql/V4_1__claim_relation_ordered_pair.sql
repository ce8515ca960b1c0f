-- One row per pair, lower claim id first (see V4__claim_relation_one_row_per_pair.sql); H2 cannot keep this check
-- (see V2), the application writes every pair this way on both databases.
alter table claim_relation add constraint ck_claim_relation_ordered check (claim_id < related_claim_id);
