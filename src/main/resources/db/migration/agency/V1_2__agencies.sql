-- Requesting organisations: law-enforcement and other government agencies (and, for civil process,
-- the litigant's counsel). Only vetted agencies reach the portal.
create table agency (
    id                 uuid        primary key,
    name               text        not null check (length(trim(name)) > 0),
    kind               text        not null check (kind in ('LAW_ENFORCEMENT', 'GOVERNMENT_OTHER', 'CIVIL_LITIGANT')),
    country            char(2)     not null check (country ~ '^[A-Z]{2}$'),
    region             text,
    level              text        not null check (level in ('FEDERAL', 'STATE', 'LOCAL', 'FOREIGN')),
    -- Call-back number found independently of anything the requester sent (FBI PIN, Nov 2024).
    switchboard_phone  text,
    switchboard_source text,
    time_zone          text        not null,
    -- Process types the agency's enabling law lets it issue, comma-separated codes; null = not recorded.
    instrument_powers  text,
    status             text        not null check (status in ('VERIFIED', 'SUSPENDED')),
    created_at         timestamptz not null,
    version            int         not null
);

create unique index agency_name_country_idx on agency (lower(name), country);

-- Official e-mail domains of an agency, verified by the provider. A domain belongs to one agency.
create table agency_domain (
    agency_id   uuid        not null references agency (id) on delete cascade,
    domain      text        not null check (domain = lower(domain) and domain ~ '^[a-z0-9.-]+\.[a-z]{2,}$'),
    verified_at timestamptz not null,
    primary key (agency_id, domain)
);

create unique index agency_domain_domain_idx on agency_domain (domain);
