-- Ids of units and events are handed out in blocks (one update per batch), so that an import of thousands of
-- units can be written with batched inserts. All inserts into org_unit and org_event take their ids here.
create table org_id_alloc (
    name    varchar(20) not null primary key,
    next_id bigint      not null
);
insert into org_id_alloc (name, next_id) select 'unit', coalesce(max(id), 0) + 1 from org_unit;
insert into org_id_alloc (name, next_id) select 'event', coalesce(max(id), 0) + 1 from org_event;
