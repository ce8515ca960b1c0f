-- Relation lookups that stop after a few rows, and one index less per claim insert. Portable SQL: runs unchanged on
-- H2 2.x and PostgreSQL 13+. V2 is released as it was; this changes what it created.

-- A quantity's measure and unit folded onto canonical names ("sent" and "deployed", "soldier" and "troop":
-- "deployed|troop"; null unless both are known), so candidates are found with one equality instead of two IN lists
-- that H2 could not seek on. New rows get it from the application (io.claimgraph.relation.Wording); rows written
-- before are folded here with the same table of names, as it stands at this version.
alter table quantity add column match_key varchar(201);
update quantity set match_key =
    (case
        when lower(measure) in ('killed', 'died', 'slain', 'dead') then 'killed'
        when lower(measure) in ('wounded', 'injured', 'hurt') then 'wounded'
        when lower(measure) in ('deployed', 'sent', 'dispatched', 'redeployed', 'stationed', 'arrived') then 'deployed'
        when lower(measure) in ('captured', 'detained', 'seized') then 'captured'
        when lower(measure) in ('evacuated', 'displaced', 'fled') then 'evacuated'
        else lower(measure) end)
    || '|' ||
    (case
        when lower(unit) in ('troop', 'soldier', 'serviceman', 'servicemen', 'servicemember', 'personnel', 'fighter') then 'troop'
        when lower(unit) in ('people', 'person', 'individual') then 'people'
        else lower(unit) end)
    where measure is not null and unit is not null;

-- Newest claim first (claim_id descending), so that H2 too reads these indexes that way when a lookup orders by
-- them, and stops at its limit instead of sorting every match.
create index ix_quantity_match on quantity (match_key, claim_id desc);
drop index ix_quantity_measure_unit;
create index ix_claim_subject_actor_newest on claim_subject (actor_id, claim_id desc);
drop index ix_claim_subject_actor_claim;
-- the new index serves every lookup the actor_id index of V1 served (claims about an actor, the foreign key)
drop index ix_claim_subject_actor;

-- Every claim insert paid for a full index on status, though most claims stay UNREVIEWED. On PostgreSQL a partial
-- index of the reviewed claims replaces it (db/vendor/postgresql/V3_1); on H2 the status filter reads the newest
-- claims first and stops at a page.
drop index ix_claim_status;
