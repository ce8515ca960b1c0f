-- Copies of the newest rows for search (io.claimgraph.store.RecentSearchCopy): PostgreSQL adds their search vectors,
-- indexes and the triggers that keep them (db/vendor/postgresql/V10_1__search_recent.sql). H2 searches its tables
-- directly and leaves these empty; they exist there so that one mapping serves both databases.
create table article_search_recent (
    id bigint primary key references article (id) on delete cascade,
    sort_at timestamp with time zone not null);

create table claim_search_recent (
    id bigint primary key references claim (id) on delete cascade,
    sort_at timestamp with time zone not null);
