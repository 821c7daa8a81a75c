-- The restructuring listener's ledger per (event, predecessor unit): one event dissolves or merges several units
-- and is announced once per unit (and a merge may also announce a split of a partial predecessor), so the event
-- id alone cannot say what was applied. The primary key makes a concurrent or repeated delivery a no-op.
create table people_applied_move (
    event_id    bigint not null,
    unit_id     bigint not null,
    applied_at  timestamp with time zone default current_timestamp not null,
    primary key (event_id, unit_id)
);
