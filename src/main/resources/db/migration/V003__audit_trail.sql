-- audit module: the append-only, hash-chained record of what people and the system did.
-- Each row's hash covers its content and the previous row's hash; ids are consecutive, so an edited, removed or
-- inserted row breaks the chain (checked by `madoguchi audit verify`).

create table audit_event (
    id          bigint      primary key,
    occurred_at timestamptz not null,
    actor       text        not null,
    origin      text,
    action      text        not null,
    object_type text,
    object_id   text,
    summary     text        not null,
    prev_hash   char(64)    not null,
    hash        char(64)    not null
);

create index audit_event_object on audit_event (object_type, object_id);
create index audit_event_actor on audit_event (actor);

-- The chain head: the last id and hash. Appending locks this one row, which orders concurrent appends from any
-- number of application nodes.
create table audit_chain_head (
    singleton boolean  primary key default true check (singleton),
    last_id   bigint   not null,
    last_hash char(64) not null
);

insert into audit_chain_head (singleton, last_id, last_hash) values (true, 0, repeat('0', 64));

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
