-- Full-text indexes for the `text` filters on PostgreSQL (see io.claimgraph.graphql.TextSearch). The 'simple'
-- configuration neither stems nor drops stop words: a filter word matches the same word, whatever the language.
-- The expressions must stay exactly those that TextSearchFunctions renders, or the planner will not use them.
create index claim_text_search on claim using gin (to_tsvector('simple', text));
create index article_text_search on article using gin (to_tsvector('simple', headline || ' ' || body));
