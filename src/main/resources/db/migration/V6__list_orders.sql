-- The orders a client can ask of a list (orderBy): each is read from an index, forward or backward, so no page sorts
-- a table. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- articles: published (sort_at) has ix_article_sort since V1
create index ix_article_ingested on article (ingested_at, id);
create index ix_article_headline on article (headline, id);
-- actors by name: name_key is unique (V1), but a database does not take that to order (name_key, id) from it
create index ix_actor_name_order on actor (name_key, id);
-- locations by name: names repeat (same name, other type or country), so id is part of the order's index; it also
-- serves every lookup the name_key index of V1 served
create index ix_location_name_order on location (name_key, id);
drop index ix_location_name_key;
