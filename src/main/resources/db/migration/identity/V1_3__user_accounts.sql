-- Everyone who signs in: agency officers and the provider's staff. Passwords are stored only as
-- DelegatingPasswordEncoder hashes ({bcrypt}...).
create table user_account (
    id              uuid        primary key,
    username        text        not null check (username = lower(username) and position('@' in username) > 1),
    display_name    text        not null check (length(trim(display_name)) > 0),
    password_hash   text        not null,
    role            text        not null check (role in ('OFFICER', 'ANALYST', 'COUNSEL', 'ADMIN', 'AUDITOR')),
    agency_id       uuid        references agency (id),
    status          text        not null check (status in ('ACTIVE', 'PENDING', 'DISABLED')),
    failed_sign_ins int         not null default 0 check (failed_sign_ins >= 0),
    locked_until    timestamptz,
    last_sign_in_at timestamptz,
    created_at      timestamptz not null,
    version         int         not null,
    -- An officer always acts for exactly one agency; staff never do.
    constraint user_account_officer_agency check ((role = 'OFFICER') = (agency_id is not null))
);

create unique index user_account_username_idx on user_account (username);
create index user_account_agency_idx on user_account (agency_id);
