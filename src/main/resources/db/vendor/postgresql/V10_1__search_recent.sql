-- The newest rows' search vectors, apart (io.claimgraph.store.RecentSearchCopy, docs/adr/0008; the tables are V10's).
-- A search reads a horizon of the newest rows, but the GIN index of the whole table gathers every match in the
-- archive before the horizon's range applies (about a microsecond a match), so a word in a few percent of a million
-- rows costs ten times what it costs in a hundred thousand. These tables hold only the newest rows, so their GIN indexes, and a search without a
-- filter, cost the same at any archive size.
--
-- Triggers keep them: every row inserted (or whose text or time changes) is copied in; now and then (one insert in
-- a thousand) the rows older than the newest KEEP are deleted and search_recent_floor records down to which time
-- the copy is whole. Every row at or after the floor is in the copy: rows are only ever deleted below it, and ties
-- at the floor stay. A search uses the copy only when its horizon starts at or after the floor.
create table search_recent_floor (
    name varchar(16) primary key,
    -- null: the copy holds every row of the table
    floor timestamptz);

alter table article_search_recent add column article_search_vector tsvector not null;
create index article_search_recent_vector on article_search_recent using gin (article_search_vector);
create index article_search_recent_sort on article_search_recent (sort_at desc, id desc);

alter table claim_search_recent add column claim_search_vector tsvector not null;
create index claim_search_recent_vector on claim_search_recent using gin (claim_search_vector);
create index claim_search_recent_sort on claim_search_recent (sort_at desc, id desc);

-- KEEP: twice the default horizon (claimgraph.search.horizon, 10,000), so a horizon is inside the copy between trims
create function article_search_recent_keep() returns trigger language plpgsql as $$
declare
    edge timestamptz;
begin
    insert into article_search_recent (id, sort_at, article_search_vector)
    values (new.id, new.sort_at, new.article_search_vector)
    on conflict (id) do update set sort_at = excluded.sort_at, article_search_vector = excluded.article_search_vector;
    if random() < 0.001 then
        select sort_at into edge from article order by sort_at desc, id desc offset 19999 limit 1;
        if edge is not null then
            delete from article_search_recent where sort_at < edge;
            update search_recent_floor set floor = greatest(coalesce(floor, edge), edge) where name = 'article';
        end if;
    end if;
    return null;
end $$;

create function claim_search_recent_keep() returns trigger language plpgsql as $$
declare
    edge timestamptz;
begin
    insert into claim_search_recent (id, sort_at, claim_search_vector)
    values (new.id, new.sort_at, new.claim_search_vector)
    on conflict (id) do update set sort_at = excluded.sort_at, claim_search_vector = excluded.claim_search_vector;
    if random() < 0.001 then
        select sort_at into edge from claim order by sort_at desc, id desc offset 19999 limit 1;
        if edge is not null then
            delete from claim_search_recent where sort_at < edge;
            update search_recent_floor set floor = greatest(coalesce(floor, edge), edge) where name = 'claim';
        end if;
    end if;
    return null;
end $$;

create trigger article_search_recent_keep after insert or update of headline, body, sort_at on article
    for each row execute function article_search_recent_keep();
create trigger claim_search_recent_keep after insert or update of text, sort_at on claim
    for each row execute function claim_search_recent_keep();

-- the copy starts with the newest 20,000 rows of each table and every row that shares the oldest one's time
insert into search_recent_floor (name, floor)
select 'article', (select sort_at from article order by sort_at desc, id desc offset 19999 limit 1);
insert into search_recent_floor (name, floor)
select 'claim', (select sort_at from claim order by sort_at desc, id desc offset 19999 limit 1);
insert into article_search_recent (id, sort_at, article_search_vector)
select id, sort_at, article_search_vector from article
where sort_at >= coalesce((select floor from search_recent_floor where name = 'article'), '-infinity');
insert into claim_search_recent (id, sort_at, claim_search_vector)
select id, sort_at, claim_search_vector from claim
where sort_at >= coalesce((select floor from search_recent_floor where name = 'claim'), '-infinity');
