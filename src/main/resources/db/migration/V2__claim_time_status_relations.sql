-- Claim relations (corroborating / contradicting claims of different articles), the resolved time of a claim and
-- its review status. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- The interval a claim's time_text stands for (both days included) and how precise it is; null when the text
-- does not pin a date down ("in just a few months") or the claim has no time expression.
alter table claim add column time_start date;
alter table claim add column time_end date;
alter table claim add column time_precision varchar(16);

-- UNREVIEWED, CORROBORATED or DISPUTED: derived from claim_relation and kept in step with it by the application,
-- so that the claims list can filter on it through an index and a page of claims reads it without a join.
alter table claim add column status varchar(16) default 'UNREVIEWED' not null;
create index ix_claim_status on claim (status, sort_at desc, id desc);

-- Candidate lookups when an article is ingested: claims with the same measure and unit of a quantity, newest
-- first, and the newest dated claims about an actor.
create index ix_quantity_measure_unit on quantity (measure, unit, claim_id);
create index ix_claim_subject_actor_claim on claim_subject (actor_id, claim_id);

-- One row per direction: a relation between claims a and b is stored as (a, b) and (b, a), with the reason worded
-- from the first claim's side, so "the relations of these claims" is one index range per claim. kind DISMISSED
-- records that an analyst removed a relation, so automatic detection does not add it again; origin ANALYST rows
-- are never touched by automatic detection. Deleting a claim (or its article) deletes its relations.
-- The check constraints (no self relation, known kinds and origins) are PostgreSQL's only
-- (db/vendor/postgresql/V2_1__claim_relation_checks.sql): H2 2.4 evaluates a check constraint with the session
-- that created it, and once that session has closed (an app restarted on the same in-memory database, as the
-- test suites do) every insert fails the check.
create table claim_relation (
    claim_id         bigint                   not null,
    related_claim_id bigint                   not null,
    kind             varchar(16)              not null,
    origin           varchar(16)              not null,
    reason           varchar(500),
    created_at       timestamp with time zone not null,
    constraint pk_claim_relation primary key (claim_id, related_claim_id),
    constraint fk_claim_relation_claim foreign key (claim_id) references claim (id) on delete cascade,
    constraint fk_claim_relation_related foreign key (related_claim_id) references claim (id) on delete cascade
);
create index ix_claim_relation_related on claim_relation (related_claim_id);
