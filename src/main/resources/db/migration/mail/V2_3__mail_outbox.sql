-- Every e-mail Writ sends, kept as sent. Mails carry no case content by design (they say only that something
-- changed, or carry a sign-up link), so keeping them is safe and lets administrators see what went out.
create table mail_outbox (
    id          uuid        primary key,
    recipient   text        not null check (position('@' in recipient) > 1),
    kind        text        not null,
    subject     text        not null,
    body        text        not null,
    status      text        not null check (status in ('PENDING', 'SENT', 'FAILED', 'KEPT')),
    attempts    int         not null default 0,
    last_error  text,
    created_at  timestamptz not null,
    sent_at     timestamptz
);

create index mail_outbox_created_idx on mail_outbox (created_at desc);
create index mail_outbox_retry_idx on mail_outbox (status) where status = 'FAILED';
