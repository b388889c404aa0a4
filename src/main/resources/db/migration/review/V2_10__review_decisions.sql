-- What review decides, kept with the case: the approved scope (the production may release nothing outside it),
-- a rejection's reasons, the enterprise customer a demand was redirected to and what was sent, the challenge filed
-- and its outcome. The queue filters by jurisdiction.
alter table review_case
    add column jurisdiction           text not null default '',
    -- newline-separated identifiers and comma-separated category codes (data_category vocabulary)
    add column approved_accounts      text,
    add column approved_categories    text,
    add column approved_from          date,
    add column approved_to            date,
    -- comma-separated reason codes of the rejection vocabulary (legal-rules.md section 12)
    add column rejection_reasons      text,
    add column redirect_customer      text,
    add column redirect_contact_name  text,
    add column redirect_contact_email text,
    add column redirect_message       text,
    add column challenge_kind         text check (challenge_kind in ('MOTION_TO_QUASH', 'COMITY_MOTION', 'REASONED_OBJECTION')),
    add column challenge_due_on       date,
    add column challenge_outcome      text check (challenge_outcome in ('GRANTED', 'GRANTED_IN_PART', 'DENIED', 'MOOTED')),
    add constraint review_case_approved_period check ((approved_from is null) = (approved_to is null)
        and (approved_from is null or approved_from <= approved_to));

update review_case r set jurisdiction = d.process_issuing_jurisdiction from demand d where d.id = r.demand_id;
alter table review_case alter column jurisdiction drop default;

-- what a step decided, in words (scope, reasons, customer, challenge)
alter table review_case_transition add column decision text;
