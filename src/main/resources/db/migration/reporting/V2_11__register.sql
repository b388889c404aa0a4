-- The register the transparency report counts: one row per demand, imported from a provider's historical
-- registers (idempotent by reference). Writ's own demands are counted from intake and review.
create table register_entry (
    reference          text        primary key check (length(reference) between 1 and 100),
    received_date      date        not null,
    -- ISO 3166-1 alpha-2 of the requesting country
    country            char(2)     not null,
    section            text        not null check (section in ('CRIMINAL', 'EMERGENCY', 'CIVIL')),
    -- scenario vocabulary (process_type)
    process_type       text        not null,
    issuer_level       text        not null check (issuer_level in ('FEDERAL', 'STATE', 'LOCAL', 'FOREIGN')),
    accounts_specified int         not null check (accounts_specified >= 0),
    outcome            text        not null check (outcome in ('CONTENT', 'NON_CONTENT_ONLY', 'NO_DATA_FOUND', 'REJECTED',
                                       'WITHDRAWN', 'REDIRECTED_TO_CUSTOMER', 'CHALLENGED', 'ROUTED_TO_MLAT', 'PENDING')),
    enterprise         boolean     not null,
    secrecy_order      boolean     not null,
    -- ISO 3166-1 alpha-2 of where the content is stored, or null
    data_location      char(2),
    -- the file it came from
    source             text        not null,
    imported_at        timestamptz not null
);

create index register_entry_received_idx on register_entry (received_date);
