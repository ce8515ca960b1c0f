-- Claims ordered by when what they say happened (orderBy TIME): the claim's own date (time_start) or, when it has none,
-- its article's publication day (UTC). Kept in a column of its own, written by the entity with every claim, so the
-- order is one index range like every other order. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
alter table claim add column occurred_on date;
update claim set occurred_on = coalesce(time_start, cast(sort_at at time zone 'UTC' as date));
alter table claim alter column occurred_on set not null;
create index ix_claim_occurred on claim (occurred_on, id);
