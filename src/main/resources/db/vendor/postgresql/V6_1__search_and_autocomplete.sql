-- Search (searchArticles, searchClaims; see io.claimgraph.store.SearchText) and name autocomplete (suggestActors,
-- suggestLocations; see io.claimgraph.store.NameSuggestions) on PostgreSQL.
--
-- Search reads English: stems ("troops" finds "troop") and drops stop words. The vectors are stored, not computed
-- per query: ranking reads the vector of every matching row, and recomputing to_tsvector from an article's body for
-- each would cost more than the match itself. Their names are unique in the schema because the HQL functions of
-- TextSearchFunctions name them without a table alias. A headline weighs more than a body (A over B).
alter table article add column article_search_vector tsvector generated always as (
    setweight(to_tsvector('english', headline), 'A') || setweight(to_tsvector('english', body), 'B')) stored;
create index article_search on article using gin (article_search_vector);

alter table claim add column claim_search_vector tsvector generated always as (to_tsvector('english', text)) stored;
create index claim_search on claim using gin (claim_search_vector);

-- Autocomplete matches a folded name (name_key, alias_key: lower case, no diacritics) anywhere in it: trigram indexes
-- answer "%ukr%"; a text of one or two letters is matched at the start only, which the pattern-ops indexes answer
-- whatever the database's collation. pg_trgm is a trusted extension: a database owner may create it.
create extension if not exists pg_trgm;
create index actor_name_trigrams on actor using gin (name_key gin_trgm_ops);
create index actor_alias_trigrams on actor_alias using gin (alias_key gin_trgm_ops);
create index location_name_trigrams on location using gin (name_key gin_trgm_ops);
create index location_alias_trigrams on location_alias using gin (alias_key gin_trgm_ops);
create index actor_name_prefix on actor (name_key varchar_pattern_ops);
create index actor_alias_prefix on actor_alias (alias_key varchar_pattern_ops);
create index location_name_prefix on location (name_key varchar_pattern_ops);
create index location_alias_prefix on location_alias (alias_key varchar_pattern_ops);
