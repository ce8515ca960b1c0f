-- Claimgraph core schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
-- Flyway owns the schema; Hibernate only validates it.
-- Sequences step by 50 to match Hibernate's pooled id allocation.

create sequence article_seq start with 1 increment by 50;
create sequence claim_seq start with 1 increment by 50;
create sequence quantity_seq start with 1 increment by 50;
create sequence actor_seq start with 1 increment by 50;
create sequence actor_alias_seq start with 1 increment by 50;
create sequence location_seq start with 1 increment by 50;
create sequence location_alias_seq start with 1 increment by 50;

create table article (
    id                 bigint                   not null primary key,
    url                varchar(2048)            not null,
    headline           varchar(1000)            not null,
    body               varchar                  not null,
    publisher          varchar(255),
    published_at       timestamp with time zone,
    language           varchar(35)              not null,
    content_hash       varchar(64)              not null,
    ingested_at        timestamp with time zone not null,
    -- published_at, or ingested_at when the source gave no date: the one sort key for newest-first lists
    sort_at            timestamp with time zone not null,
    dropped_paragraphs integer                  not null,
    constraint uk_article_url unique (url),
    constraint uk_article_content_hash unique (content_hash)
);
create index ix_article_sort on article (sort_at desc, id desc);
create index ix_article_publisher on article (publisher);
create index ix_article_published_at on article (published_at);

create table actor (
    id           bigint       not null primary key,
    name         varchar(500) not null,
    -- name folded for matching (case, diacritics, white space); unique so one actor per name
    name_key     varchar(500) not null,
    type         varchar(32)  not null,
    country_code varchar(2),
    constraint uk_actor_name_key unique (name_key)
);
create index ix_actor_type on actor (type);
create index ix_actor_country on actor (country_code);

create table actor_alias (
    id        bigint       not null primary key,
    actor_id  bigint       not null,
    alias     varchar(500) not null,
    alias_key varchar(500) not null,
    constraint fk_actor_alias_actor foreign key (actor_id) references actor (id) on delete cascade,
    constraint uk_actor_alias unique (actor_id, alias_key)
);
create index ix_actor_alias_key on actor_alias (alias_key);

create table location (
    id           bigint       not null primary key,
    name         varchar(500) not null,
    name_key     varchar(500) not null,
    type         varchar(32)  not null,
    country_code varchar(2),
    parent_id    bigint,
    latitude     double precision,
    longitude    double precision,
    -- name_key|type|country_code: a location is unique by name, type and country (country may be absent)
    natural_key  varchar(600) not null,
    constraint fk_location_parent foreign key (parent_id) references location (id),
    constraint uk_location_natural_key unique (natural_key)
);
create index ix_location_name_key on location (name_key);
create index ix_location_type on location (type);
create index ix_location_country on location (country_code);
create index ix_location_parent on location (parent_id);
create index ix_location_lat_lon on location (latitude, longitude);

create table location_alias (
    id          bigint       not null primary key,
    location_id bigint       not null,
    alias       varchar(500) not null,
    alias_key   varchar(500) not null,
    constraint fk_location_alias_location foreign key (location_id) references location (id) on delete cascade,
    constraint uk_location_alias unique (location_id, alias_key)
);
create index ix_location_alias_key on location_alias (alias_key);

create table claim (
    id             bigint                   not null primary key,
    article_id     bigint                   not null,
    -- order of the claim within its article
    position       integer                  not null,
    text           varchar                  not null,
    asserted_by_id bigint,
    attribution    varchar(500),
    certainty      varchar(16)              not null,
    -- cue words joined by a newline: always read with the claim, never queried on their own
    hedges         varchar(2000)            not null,
    time_text      varchar(200),
    -- copy of the article's sort_at, so claim lists sort and page without a join
    sort_at        timestamp with time zone not null,
    constraint fk_claim_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_claim_asserted_by foreign key (asserted_by_id) references actor (id)
);
create index ix_claim_article on claim (article_id, position);
create index ix_claim_asserted_by on claim (asserted_by_id, sort_at desc, id desc);
create index ix_claim_sort on claim (sort_at desc, id desc);
create index ix_claim_certainty on claim (certainty);

create table quantity (
    id       bigint           not null primary key,
    claim_id bigint           not null,
    position integer          not null,
    -- "value" is reserved in H2
    amount   double precision not null,
    upper_amount double precision,
    bound    varchar(16)      not null,
    unit     varchar(100),
    measure  varchar(100),
    text     varchar(500)     not null,
    constraint fk_quantity_claim foreign key (claim_id) references claim (id) on delete cascade
);
create index ix_quantity_claim on quantity (claim_id, position);

create table claim_subject (
    claim_id bigint not null,
    actor_id bigint not null,
    constraint pk_claim_subject primary key (claim_id, actor_id),
    constraint fk_claim_subject_claim foreign key (claim_id) references claim (id) on delete cascade,
    constraint fk_claim_subject_actor foreign key (actor_id) references actor (id)
);
create index ix_claim_subject_actor on claim_subject (actor_id);

create table claim_location (
    claim_id    bigint not null,
    location_id bigint not null,
    constraint pk_claim_location primary key (claim_id, location_id),
    constraint fk_claim_location_claim foreign key (claim_id) references claim (id) on delete cascade,
    constraint fk_claim_location_location foreign key (location_id) references location (id)
);
create index ix_claim_location_location on claim_location (location_id);

create table article_actor (
    article_id bigint not null,
    actor_id   bigint not null,
    constraint pk_article_actor primary key (article_id, actor_id),
    constraint fk_article_actor_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_article_actor_actor foreign key (actor_id) references actor (id)
);
create index ix_article_actor_actor on article_actor (actor_id);

create table article_location (
    article_id  bigint not null,
    location_id bigint not null,
    constraint pk_article_location primary key (article_id, location_id),
    constraint fk_article_location_article foreign key (article_id) references article (id) on delete cascade,
    constraint fk_article_location_location foreign key (location_id) references location (id)
);
create index ix_article_location_location on article_location (location_id);
