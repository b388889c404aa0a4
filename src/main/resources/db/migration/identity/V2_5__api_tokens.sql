-- Personal API tokens: created in the portal after full sign-in (password and second factor), shown once,
-- stored only as a SHA-256 digest, revocable, expiring.
create table api_token (
    id           uuid        primary key,
    user_id      uuid        not null references user_account (id) on delete cascade,
    name         text        not null check (length(trim(name)) between 1 and 100),
    token_hash   char(64)    not null unique,
    prefix       text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_token_user_idx on api_token (user_id);
