-- Mandatory second factor: a TOTP authenticator (RFC 6238) per user, and one-time recovery codes.
alter table user_account
    add column totp_secret      text,
    add column totp_enrolled_at timestamptz,
    -- The last 30-second time step accepted, so a code cannot be replayed within its window.
    add column totp_last_step   bigint;

-- Recovery codes are random and long, so a SHA-256 digest is enough to store them; each works once.
create table recovery_code (
    user_account uuid     not null references user_account (id) on delete cascade,
    code_hash    char(64) not null,
    used_at      timestamptz,
    primary key (user_account, code_hash)
);
