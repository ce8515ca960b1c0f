-- Checks on claim_relation that H2 cannot keep (see V2__claim_time_status_relations.sql); the application enforces
-- the same rules on both databases.
alter table claim_relation add constraint ck_claim_relation_distinct check (claim_id <> related_claim_id);
alter table claim_relation add constraint ck_claim_relation_kind check (kind in ('CORROBORATES', 'CONTRADICTS', 'DISMISSED'));
alter table claim_relation add constraint ck_claim_relation_origin check (origin in ('AUTOMATIC', 'ANALYST'));
