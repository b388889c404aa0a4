-- Officers who register themselves, and the colleagues officers invite. A registration holds the password only
-- as the encoder's hash, and only until an administrator decides; verification and invitation links are random
-- tokens stored as their SHA-256 digest.
create table officer_invitation (
    id              uuid        primary key,
    token_hash      char(64)    not null unique,
    email           text        not null check (email = lower(email) and position('@' in email) > 1),
    agency_id       uuid        not null references agency (id),
    invited_by      uuid        not null references user_account (id),
    invited_by_name text        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    used_at         timestamptz,
    version         int         not null
);

create index officer_invitation_invited_by_idx on officer_invitation (invited_by, created_at desc);

create table officer_registration (
    id                    uuid        primary key,
    email                 text        not null check (email = lower(email) and position('@' in email) > 1),
    display_name          text        not null check (length(trim(display_name)) > 0),
    job_title             text        not null check (length(trim(job_title)) > 0),
    desk_phone            text        not null,
    agency_id             uuid        not null references agency (id),
    domain_verdict        text        not null,
    -- Null once the registration is decided (the approved account holds it from then on).
    password_hash         text,
    status                text        not null
        check (status in ('UNVERIFIED', 'VERIFIED', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
    token_hash            char(64)    not null unique,
    token_expires_at      timestamptz not null,
    submitted_at          timestamptz not null,
    email_verified_at     timestamptz,
    invitation_id         uuid        references officer_invitation (id),
    invited_by_name       text,
    decided_at            timestamptz,
    decided_by            text,
    decision_reason       text,
    -- The call-back to the agency's independently sourced switchboard, recorded with the approval.
    callback_number       text,
    callback_confirmed_by text,
    callback_called_at    timestamptz,
    callback_outcome      text        check (callback_outcome in ('CONFIRMED', 'NOT_CONFIRMED')),
    callback_note         text,
    user_id               uuid        references user_account (id),
    version               int         not null,
    constraint officer_registration_hash_until_decided
        check ((password_hash is null) = (status in ('APPROVED', 'REJECTED', 'SUPERSEDED'))),
    constraint officer_registration_approved_after_call_back
        check (status <> 'APPROVED' or (callback_outcome = 'CONFIRMED' and user_id is not null))
);

-- One open registration per address at a time.
create unique index officer_registration_open_idx on officer_registration (email)
    where status in ('UNVERIFIED', 'VERIFIED');
create index officer_registration_status_idx on officer_registration (status, submitted_at);
