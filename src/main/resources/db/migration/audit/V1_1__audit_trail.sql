-- The audit trail: append-only and hash-chained. Each entry's hash covers its own fields and the hash of
-- the entry before it, so any edit, insertion or removal inside the chain is detectable by `audit verify`.
create table audit_entry (
    seq           bigint      primary key check (seq > 0),
    occurred_at   timestamptz not null,
    actor         text        not null,
    action        text        not null,
    subject       text        not null,
    details       text        not null,
    previous_hash char(64)    not null,
    hash          char(64)    not null unique
);

create index audit_entry_subject_idx on audit_entry (subject, seq);

-- The application only ever inserts. Refuse updates, deletes and truncation at the database, so a
-- mistake in code cannot rewrite history; a deliberate tamperer has to disable this trigger first, and
-- the hash chain still gives them away.
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
