-- Review cases: one per demand, with its place in the lifecycle (docs/review-lifecycle.md), its history of
-- transitions and its assignments. The audit trail keeps the same steps in the hash chain; these tables are
-- what the queue and the case page read.
create table review_case (
    id               uuid        primary key,
    demand_id        uuid        not null unique references demand (id),
    demand_reference text        not null unique,
    process_type     text        not null,
    track            text        not null check (track in ('DISCLOSURE', 'PRESERVATION')),
    state            text        not null,
    emergency        boolean     not null,
    -- whether a second, different reviewer must approve (an emergency, or content requested)
    four_eyes        boolean     not null,
    received_at      timestamptz not null,
    -- the engine's statutory deadline from receipt, an ISO-8601 duration (PT8H, P10D, P14D), or null
    deadline         text,
    assignee         text,
    first_approver   text,
    narrowed         boolean     not null default false,
    hold_placed_at   timestamptz,
    hold_extended    boolean     not null default false,
    opened_at        timestamptz not null,
    version          int         not null
);

create index review_case_open_idx on review_case (state) where state not in ('CLOSED', 'WITHDRAWN');
create index review_case_assignee_idx on review_case (assignee);

create table review_case_transition (
    case_id       uuid        not null references review_case (id) on delete cascade,
    position      int         not null check (position >= 0),
    from_state    text        not null,
    action        text        not null,
    to_state      text        not null,
    actor         text        not null,
    actor_role    text,
    reason        text        not null check (length(trim(reason)) > 0),
    justification text,
    occurred_at   timestamptz not null,
    primary key (case_id, position)
);

create table review_case_assignment (
    case_id     uuid        not null references review_case (id) on delete cascade,
    position    int         not null check (position >= 0),
    assignee    text        not null,
    assigned_by text        not null,
    reason      text        not null,
    assigned_at timestamptz not null,
    primary key (case_id, position)
);
