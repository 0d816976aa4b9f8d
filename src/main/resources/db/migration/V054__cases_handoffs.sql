-- cases module: each hand-off of a case to a coordinator organization (issue 10: Madoguchi composes the hand-off,
-- encrypted to the coordinator's key, "and records it"). Besides the timeline entry, the row links the organization
-- to the case, so that its answer to the hand-off, from one of its addresses, joins the case's coordinator thread.
create table case_handoff (
    id               bigint generated always as identity primary key,
    case_id          bigint      not null references psirt_case (id),
    organization_id  bigint      not null references coordinator_organization (id),
    recipients       text        not null check (char_length(recipients) <= 1000),
    detailed         boolean     not null,
    sent_by          text        not null,
    sent_at          timestamptz not null
);

create index case_handoff_case on case_handoff (case_id, organization_id);
