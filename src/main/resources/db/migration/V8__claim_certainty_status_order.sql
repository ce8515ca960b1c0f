-- Claims ordered by certainty or by status (orderBy CERTAINTY, STATUS) in the order the schema lists the values, from
-- ASSERTED to DENIED and from UNREVIEWED to DISPUTED, not alphabetically: each value's position is kept beside it
-- (the entity sets both, the relation statuses' updates set status_rank with status), with an index per order.
alter table claim add column certainty_rank smallint;
update claim set certainty_rank = case certainty when 'ASSERTED' then 0 when 'REPORTED' then 1 when 'ESTIMATED' then 2
    when 'SPECULATIVE' then 3 else 4 end;
alter table claim alter column certainty_rank set not null;
alter table claim add column status_rank smallint;
update claim set status_rank = case status when 'UNREVIEWED' then 0 when 'CORROBORATED' then 1 else 2 end;
alter table claim alter column status_rank set not null;
create index ix_claim_certainty_rank on claim (certainty_rank, id);
create index ix_claim_status_rank on claim (status_rank, id);
