create table Item (id bigint not null primary key, name varchar(255));
insert into Item (id, name) values (1, 'first'), (2, 'second');
