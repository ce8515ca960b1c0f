-- What PostGraphile needs to answer the bench's queries as Claimgraph does (bench/peer/run.sh applies it after the
-- service has migrated the database). Claimgraph's Actor.claims lists the claims an actor asserts or is a subject of,
-- newest first; PostGraphile exposes this function as the computed connection Actor.claims.
create or replace function actor_claims(a actor) returns setof claim language sql stable as $$
  select c.* from claim c
  where c.id in (select id from claim where asserted_by_id = a.id union select claim_id from claim_subject where actor_id = a.id)
  order by c.sort_at desc, c.id desc
$$;
