-- Demands as received: every requester, process, target and data-category fact of the scenario format
-- (see shared/spec/scenario-format.md), the documents that came with them, and where the demand stands.
create sequence demand_reference_seq;

create table demand (
    id                       uuid        primary key,
    reference                text        not null unique,
    agency_id                uuid        not null references agency (id),
    submitted_by             uuid        references user_account (id),
    status                   text        not null,
    received_at              timestamptz not null,
    -- The receipt date in the provider's legal time zone: "received_date" of the rule base.
    received_on              date        not null,
    assigned_to              uuid        references user_account (id),
    assigned_at              timestamptz,

    -- requester: a snapshot of who asked, as the agency registry knew them at receipt
    requester_kind           text        not null,
    requester_agency         text        not null,
    requester_country        char(2)     not null,
    requester_state_or_region text,
    requester_level          text        not null,
    requester_verified_agency boolean    not null,
    requester_official_email_domain boolean not null,
    requester_instrument_powers text,

    -- process: the legal instrument
    process_type             text        not null,
    process_issued_by        text        not null,
    process_issuing_jurisdiction text    not null,
    process_issuer_role      text,
    process_validated_by     text,
    process_signed           boolean     not null,
    process_on_letterhead    boolean     not null,
    process_issue_date       date        not null,
    process_case_number      text,
    process_local_instrument text,
    process_addressed_to     text        not null,
    process_service_channel  text        not null,
    process_sender_email     text,
    process_domesticated     boolean,
    process_date_from        date,
    process_date_to          date,
    process_ndo_present      boolean     not null default false,
    process_ndo_expires      date,
    process_ndo_statute      text,
    process_emergency_summary text,
    process_emergency_how_data_helps text,
    process_account_owner_consent boolean not null default false,
    process_offence_description text,
    process_offence_max_sentence_years int check (process_offence_max_sentence_years >= 0),
    process_offence_listed   boolean,
    process_eu_instrument    text,
    process_eu_emergency     boolean,
    process_agreement        text,
    process_enforcing_state_notified boolean,
    process_enforcing_state_response text,
    process_prior_preservation_reference text,
    process_prior_preservation_received_on date,

    -- context: facts that change notice, cost and urgency
    context_child_exploitation boolean   not null default false,
    context_hacked_account_suspected boolean not null default false,
    context_danger_to_life   boolean     not null default false,
    context_conflict_law_country char(2),
    context_conflict_law_name text,
    context_conflict_material_risk boolean,

    version                  int         not null,
    constraint demand_ndo_fields check (process_ndo_present or (process_ndo_expires is null and process_ndo_statute is null))
);

create index demand_agency_idx on demand (agency_id, received_at desc);
create index demand_status_idx on demand (status, received_at);
create index demand_received_on_idx on demand (received_on);

-- The accounts a demand names, in the order given, with what the account directory knew at receipt.
create table demand_target (
    demand_id               uuid    not null references demand (id) on delete cascade,
    position                int     not null check (position >= 0),
    identifier              text    not null check (length(trim(identifier)) > 0),
    identifier_type         text    not null,
    -- what the account directory said at receipt; all null until it has been asked
    account_exists          boolean,
    account_type            text,
    account_enterprise_seats int    check (account_enterprise_seats > 0),
    account_customer_name   text,
    account_data_location   char(2),
    account_owner_residence_country char(2),
    account_us_person       boolean,
    primary key (demand_id, position)
);

create index demand_target_identifier_idx on demand_target (lower(identifier));

create table demand_data_category (
    demand_id uuid not null references demand (id) on delete cascade,
    category  text not null,
    primary key (demand_id, category)
);

-- Documents are stored encrypted outside the database; the row keeps what proves which file it was.
create table demand_document (
    id           uuid        primary key,
    demand_id    uuid        not null references demand (id) on delete cascade,
    kind         text        not null,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes >= 0),
    sha256       char(64)    not null,
    storage_key  text        not null unique,
    uploaded_at  timestamptz not null,
    uploaded_by  uuid        references user_account (id)
);

create index demand_document_demand_idx on demand_document (demand_id);
