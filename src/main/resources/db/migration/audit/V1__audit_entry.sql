create table audit_entry (
    seq           bigint primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(100) not null,
    action        varchar(60)  not null,
    target_type   varchar(60)  not null,
    target_id     varchar(100),
    unit_id       bigint,
    outcome       varchar(20)  not null,
    detail        varchar(1000),
    before_digest varchar(64),
    after_digest  varchar(64),
    prev_hash     varchar(64)  not null,
    hash          varchar(64)  not null
);
create index audit_entry_actor on audit_entry (actor);
create index audit_entry_target on audit_entry (target_type, target_id);
create index audit_entry_time on audit_entry (occurred_at);

-- One row: the head of the chain. Appending locks it, so entries are numbered without gaps.
create table audit_chain_head (
    id        int primary key,
    last_seq  bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
