-- What review decided about a demand, as its requester reads it: one row per notice, kept for good.
create table demand_decision_notice (
    id        uuid        primary key,
    demand_id uuid        not null references demand (id),
    status    text        not null,
    headline  text        not null,
    -- the points of the notice: a JSON array of {code, text, citation}
    lines     text        not null,
    note      text        not null,
    actor     text        not null,
    sent_at   timestamptz not null
);

create index demand_decision_notice_demand_idx on demand_decision_notice (demand_id, sent_at);
