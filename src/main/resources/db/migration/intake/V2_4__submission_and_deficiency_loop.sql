-- Submission through the portal and the API: every version a requester submits is kept with the engine's
-- assessment of it; the demand row holds the current version. Trust signals and messages hang off the demand.
alter table demand
    add column revision     int  not null default 1 check (revision >= 1),
    add column channel      text not null default 'PORTAL' check (channel in ('PORTAL', 'API', 'SEEDED')),
    add column outcome      text,
    -- The statutory response deadline the engine found (ISO 8601 duration from receipt) and its due time.
    add column deadline     text,
    add column due_at       timestamptz,
    add column attested_at  timestamptz;

alter table demand_document
    add column page_count int check (page_count >= 0),
    add column revision   int not null default 1 check (revision >= 1);

-- Each submitted version: the facts as the engine saw them and its full assessment, as scenario-format JSON.
create table demand_revision (
    demand_id    uuid        not null references demand (id) on delete cascade,
    revision     int         not null check (revision >= 1),
    submitted_at timestamptz not null,
    submitted_by uuid        references user_account (id),
    facts        jsonb       not null,
    assessment   jsonb       not null,
    primary key (demand_id, revision)
);

-- Why a demand deserves a second look (new officer, look-alike domain, off-hours, ...), per version.
create table demand_trust_signal (
    demand_id uuid not null references demand (id) on delete cascade,
    revision  int  not null,
    code      text not null,
    detail    text not null,
    primary key (demand_id, revision, code)
);

-- Secure messages between the requester and the provider about one demand.
create table demand_message (
    id          uuid        primary key,
    demand_id   uuid        not null references demand (id) on delete cascade,
    author_id   uuid        not null references user_account (id),
    from_staff  boolean     not null,
    body        text        not null check (length(trim(body)) > 0 and length(body) <= 10000),
    posted_at   timestamptz not null
);

create index demand_message_demand_idx on demand_message (demand_id, posted_at);

-- API retries: one key, one demand. The same key with a different request is refused.
create table api_idempotency (
    user_id      uuid        not null references user_account (id),
    key          text        not null check (length(key) between 1 and 200),
    request_hash char(64)    not null,
    demand_id    uuid        not null references demand (id),
    created_at   timestamptz not null,
    primary key (user_id, key)
);
