-- Legal holds (preservation): which account the provider must preserve, for which demand, until when.
-- One row per hold, changed in place (extended, released); the audit trail keeps every change. Customers
-- never see this table: nothing customer-facing reads it.
create table directory_legal_hold (
    id               uuid        primary key,
    -- the identifier as the demand names it, and the form it is matched by (type:normalised value,
    -- e.g. email:k.morrow@contosomail.example or phone:+12065550147)
    identifier       text        not null check (length(trim(identifier)) > 0),
    identifier_type  text        not null check (identifier_type in ('EMAIL', 'PHONE', 'GAMERTAG', 'IP', 'USERNAME')),
    identifier_key   text        not null,
    -- the demand the hold serves (intake's reference, e.g. WR-2026-000042)
    demand_reference text        not null check (length(trim(demand_reference)) > 0),
    -- days in the provider's legal time zone; the hold is in force through held_until
    placed_on        date        not null,
    held_until       date        not null,
    -- as last changed; a hold in force whose held_until has passed is expired (derived, not stored)
    status           text        not null check (status in ('PLACED', 'EXTENDED', 'RELEASED')),
    placed_by        text        not null,
    placed_at        timestamptz not null,
    extended_by      text,
    extended_at      timestamptz,
    released_by      text,
    released_at      timestamptz,
    release_reason   text,
    version          int         not null,
    constraint directory_legal_hold_dates check (held_until >= placed_on),
    constraint directory_legal_hold_extension check (status <> 'EXTENDED' or extended_at is not null),
    constraint directory_legal_hold_release check ((status = 'RELEASED') =
        (released_at is not null and released_by is not null and release_reason is not null))
);

create index directory_legal_hold_key_idx on directory_legal_hold (identifier_key, placed_at);
create index directory_legal_hold_demand_idx on directory_legal_hold (demand_reference);
