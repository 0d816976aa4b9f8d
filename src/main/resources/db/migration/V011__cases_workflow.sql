-- cases module: the case workflow. A case has a reference (the tracking number of the report that opened it), a
-- state, a handler, participants (divisions, coordinators), the triage checklist of the Mitsubishi Electric policy,
-- clocks, a timeline and its coordinator and internal threads. Divisions are the product development divisions.

alter table psirt_case
    add column reference                 text,
    add column title                     text,
    add column handler_id                bigint,
    add column handler_username          text,
    add column resolution                text check (resolution in ('not-a-vulnerability', 'not-reproducible',
        'already-disclosed', 'duplicate', 'out-of-scope-website', 'out-of-scope-other-vendor', 'withdrawn', 'spam',
        'fixed-and-published')),
    add column closed_from               text,
    add column closed_at                 timestamptz,
    add column merged_into               bigint references psirt_case (id),
    add column acknowledge_by            timestamptz,
    add column acknowledged_at           timestamptz,
    add column triage_by                 timestamptz,
    add column triage_decided_at         timestamptz,
    add column waiting_for_reporter_since timestamptz,
    add column publication_target        timestamptz,
    add column security_issue            boolean,
    add column security_issue_note       text,
    add column reproducible              boolean,
    add column reproducible_note         text,
    add column undisclosed               boolean,
    add column undisclosed_note          text,
    -- what the queue's text search looks in: the reports' titles, products, steps and the conversation
    add column search_text               text not null default '';

update psirt_case c set reference = r.tracking_number, title = r.title, acknowledge_by = r.acknowledge_by,
                        publication_target = r.received_at + interval '90 days',
                        search_text = r.tracking_number || ' ' || r.title || ' ' || r.product || ' '
                                      || r.steps_to_reproduce
from case_report cr join report r on r.id = cr.report_id
where cr.case_id = c.id;

alter table psirt_case alter column reference set not null, alter column title set not null,
    alter column acknowledge_by set not null, alter column publication_target set not null;
create unique index psirt_case_reference on psirt_case (reference);
create index psirt_case_state on psirt_case (state, id);
create index psirt_case_handler on psirt_case (handler_id);

-- trigram search works for Japanese as well as English when LC_CTYPE is a UTF-8 locale (ADR 0002)
create extension if not exists pg_trgm;
create index psirt_case_search on psirt_case using gin (search_text gin_trgm_ops);

-- which report of a case came first decides who is credited (Mitsubishi Electric policy: the first reporter)
alter table case_report add column received_at timestamptz;
update case_report cr set received_at = r.received_at from report r where r.id = cr.report_id;
alter table case_report alter column received_at set not null;

create table division (
    id         bigint generated always as identity primary key,
    name       text        not null unique check (char_length(name) between 1 and 200),
    created_at timestamptz not null
);

create table division_member (
    division_id bigint not null references division (id),
    user_id     bigint not null,
    primary key (division_id, user_id)
);

create index division_member_user on division_member (user_id);

create table case_division (
    case_id     bigint not null references psirt_case (id),
    division_id bigint not null references division (id),
    primary key (case_id, division_id)
);

create index case_division_division on case_division (division_id);

create table case_coordinator (
    case_id bigint not null references psirt_case (id),
    user_id bigint not null,
    primary key (case_id, user_id)
);

create index case_coordinator_user on case_coordinator (user_id);

create table case_event (
    id      bigint generated always as identity primary key,
    case_id bigint      not null references psirt_case (id),
    at      timestamptz not null,
    actor   text        not null,
    kind    text        not null,
    summary text        not null
);

create index case_event_case on case_event (case_id, id);

-- the coordinator thread and internal notes; the reporter's thread is the report's conversation (intake)
create table case_message (
    id         bigint generated always as identity primary key,
    case_id    bigint      not null references psirt_case (id),
    thread     text        not null check (thread in ('coordinator', 'internal')),
    author_id  bigint,
    author     text        not null,
    body       text        not null,
    created_at timestamptz not null
);

create index case_message_case on case_message (case_id, id);

-- closing as not-a-vulnerability, out-of-scope or spam needs a second PSIRT member (four eyes)
create table case_closure_proposal (
    id           bigint generated always as identity primary key,
    case_id      bigint      not null references psirt_case (id),
    resolution   text        not null,
    note         text        not null,
    referral     text,
    proposed_by  bigint      not null,
    proposed_at  timestamptz not null,
    decided_by   bigint,
    decided_at   timestamptz,
    decision     text check (decision in ('approved', 'rejected', 'withdrawn')),
    check (decided_by is null or decided_by <> proposed_by)
);

create unique index case_closure_proposal_open on case_closure_proposal (case_id) where decision is null;

-- reply templates in both languages, editable by administrators; {placeholders} are filled in when used
create table reply_template (
    name       text        not null,
    language   text        not null check (language in ('ja', 'en')),
    body       text        not null,
    updated_by text        not null,
    updated_at timestamptz not null,
    primary key (name, language)
);

-- when a case reached "published", for the time-to-publication figures of the dashboard
alter table psirt_case add column published_at timestamptz;

-- the queue sorts by the next deadline; the expression is the one in Cases.NEXT_DEADLINE
create index psirt_case_next_deadline on psirt_case ((
    case when state = 'received' then acknowledge_by
         when state in ('acknowledged', 'triage') and waiting_for_reporter_since is null then triage_by
         when state in ('investigating', 'remediation', 'disclosure-scheduled') then publication_target
    end), id desc) where merged_into is null;
create index case_message_search on case_message using gin (body gin_trgm_ops);
