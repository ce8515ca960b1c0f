-- The orders by how much there is about a row (orderBy CORROBORATIONS and CONTRADICTIONS on claims, CLAIM_COUNT and
-- LAST_SEEN on actors, CLAIM_COUNT on locations): each count is kept beside the row by the writers (store/ClaimTallies
-- for actors and locations, relation/RelationStatuses for claims), with an index per order, so no page counts or sorts.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+. An actor never seen in a claim has last_seen_at at the
-- epoch (the order's key is never null); the API answers null for it.
alter table claim add column corroboration_count integer default 0 not null;
alter table claim add column contradiction_count integer default 0 not null;
update claim set
    corroboration_count = (select count(*) from claim_relation r where r.claim_id = claim.id and r.kind = 'CORROBORATES')
        + (select count(*) from claim_relation r where r.related_claim_id = claim.id and r.kind = 'CORROBORATES'),
    contradiction_count = (select count(*) from claim_relation r where r.claim_id = claim.id and r.kind = 'CONTRADICTS')
        + (select count(*) from claim_relation r where r.related_claim_id = claim.id and r.kind = 'CONTRADICTS')
    where status <> 'UNREVIEWED';
create index ix_claim_corroboration_count on claim (corroboration_count, id);
create index ix_claim_contradiction_count on claim (contradiction_count, id);

alter table actor add column claim_count integer default 0 not null;
alter table actor add column last_seen_at timestamp with time zone
    default timestamp with time zone '1970-01-01 00:00:00+00' not null;
update actor set
    claim_count = (select count(*) from claim c where c.asserted_by_id = actor.id)
        + (select count(*) from claim_subject s join claim c on c.id = s.claim_id
           where s.actor_id = actor.id and (c.asserted_by_id is null or c.asserted_by_id <> actor.id)),
    last_seen_at = greatest(
        coalesce((select max(c.sort_at) from claim c where c.asserted_by_id = actor.id),
                 timestamp with time zone '1970-01-01 00:00:00+00'),
        coalesce((select max(c.sort_at) from claim_subject s join claim c on c.id = s.claim_id where s.actor_id = actor.id),
                 timestamp with time zone '1970-01-01 00:00:00+00'));
create index ix_actor_claim_count on actor (claim_count, id);
create index ix_actor_last_seen on actor (last_seen_at, id);

alter table location add column claim_count integer default 0 not null;
update location set claim_count = (select count(*) from claim_location l where l.location_id = location.id);
create index ix_location_claim_count on location (claim_count, id);
