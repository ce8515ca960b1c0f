-- The reviewed claims (CORROBORATED, DISPUTED), newest first, for claims(filter: {status: [...]}). Partial, so the
-- many UNREVIEWED claims cost nothing at ingest; the filter writes its statuses as literals, so that the planner can
-- tell the index applies.
create index ix_claim_status_reviewed on claim (status, sort_at desc, id desc) where status <> 'UNREVIEWED';
