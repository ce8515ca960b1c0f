-- One row per related pair instead of one per direction. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- V2 is released as it was; this changes what it created.
--
-- A relation between claims a and b was stored as (a, b) and (b, a). Every automatic relation an ingest found was
-- then two rows, each with its primary key, its entry in ix_claim_relation_related and two foreign key checks: at
-- ingest, relation rows were a third of all the index entries written. Now claim_id is the lower id of the pair,
-- related_claim_id the higher; reason is worded from claim_id's side, reverse_reason from related_claim_id's. The
-- relations of a claim are the rows with it on either side: the primary key and ix_claim_relation_related serve both.
alter table claim_relation add column reverse_reason varchar(500);

-- a pair stored one way only (the application always wrote both) keeps its row, turned the new way round
insert into claim_relation (claim_id, related_claim_id, kind, origin, reason, reverse_reason, created_at)
    select r.related_claim_id, r.claim_id, r.kind, r.origin, r.reason, r.reason, r.created_at from claim_relation r
    where r.claim_id > r.related_claim_id
      and not exists (select 1 from claim_relation o where o.claim_id = r.related_claim_id and o.related_claim_id = r.claim_id);

update claim_relation set reverse_reason =
    (select o.reason from claim_relation o where o.claim_id = claim_relation.related_claim_id and o.related_claim_id = claim_relation.claim_id)
    where claim_id < related_claim_id and reverse_reason is null;

delete from claim_relation where claim_id > related_claim_id;
