-- Candidate official domains: names a public registry lists as belonging to a government organisation
-- (today the US .gov registry, source 'dotgov'). They are candidates, not verified agency domains: an
-- agency's verified domains stay in agency_domain. Domain vetting uses them to recognise official names
-- and the look-alikes that imitate them.
create table official_domain (
    domain          text        primary key
                                check (domain = lower(domain) and domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'),
    organisation    text        not null check (length(trim(organisation)) > 0),
    suborganisation text,
    -- As the registry writes it: 'Federal - Executive', 'City', 'County - Election', 'Tribal', ...
    domain_type     text        not null check (length(trim(domain_type)) > 0),
    city            text,
    state           text,
    source          text        not null check (source in ('dotgov')),
    -- When an import first listed the domain, and the latest import that listed it (with or without
    -- changes): a domain whose last_imported is older than the latest import has left the registry.
    first_imported  timestamptz not null,
    last_imported   timestamptz not null check (last_imported >= first_imported)
);
