-- Secrecy (non-disclosure) orders: while one is in force the customer is not told. Kept apart from
-- the demand so expiry, extension and lifting have one owner.
create table secrecy_order (
    id          uuid        primary key,
    demand_id   uuid        not null references demand (id),
    statute     text        not null check (length(trim(statute)) > 0),
    basis       text,
    -- null: the order names no end date (legal-rules.md SCA-10, NDO_NO_EXPIRY)
    expires_on  date,
    document_id uuid        references demand_document (id),
    status      text        not null check (status in ('IN_FORCE', 'LIFTED')),
    recorded_at timestamptz not null,
    version     int         not null
);

create unique index secrecy_order_demand_idx on secrecy_order (demand_id);
create index secrecy_order_expiry_idx on secrecy_order (expires_on) where status = 'IN_FORCE';
