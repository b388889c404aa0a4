-- Passkeys (WebAuthn): the tables Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository read and write, in their column names. A passkey is an alternative to the
-- TOTP second factor: it signs a user in on its own (possession of the key and user verification).

-- The WebAuthn user handle of each Writ user who registered a passkey: a random id (base64url), never the
-- account's own id, so an authenticator learns nothing about the account. "name" is the Writ user name.
create table user_entities (
    id           varchar(1000) primary key,
    name         text          not null unique references user_account (username) on delete cascade,
    display_name text
);

-- One row per registered passkey. Only the public key is stored; the private key never leaves the
-- authenticator.
create table user_credentials (
    credential_id                varchar(1000) primary key,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamptz,
    last_used                    timestamptz,
    label                        varchar(1000) not null check (length(trim(label)) between 1 and 100)
);

create index user_credentials_user_idx on user_credentials (user_entity_user_id);
