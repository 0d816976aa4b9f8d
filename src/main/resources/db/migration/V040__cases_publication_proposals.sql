-- Issue 10: the publication date negotiated on Madoguchi. PSIRT, the case's reporters and its coordinators propose
-- a date and time; each required party accepts or counter-proposes. When all accepted, the proposal becomes the
-- agreement (publication_agreement, V028).

create table publication_proposal (
    id           bigint generated always as identity primary key,
    case_id      bigint      not null references psirt_case (id),
    publish_at   timestamptz not null,
    -- the party that proposed: 'psirt', 'reporter:<report id>' or 'coordinator:<staff user id>'
    party        text        not null check (party ~ '^(psirt|reporter:[0-9]+|coordinator:[0-9]+)$'),
    proposed_by  text        not null,
    proposed_at  timestamptz not null,
    closed_at    timestamptz,
    outcome      text check (outcome in ('superseded', 'agreed')),
    agreement_id bigint references publication_agreement (id),
    check ((closed_at is null) = (outcome is null)),
    check ((outcome = 'agreed') = (agreement_id is not null))
);

-- at most one open proposal per case: a counter-proposal closes the one it answers
create unique index publication_proposal_open on publication_proposal (case_id) where closed_at is null;
create index publication_proposal_case on publication_proposal (case_id, id);

create table publication_proposal_acceptance (
    proposal_id bigint      not null references publication_proposal (id),
    party       text        not null check (party ~ '^(psirt|reporter:[0-9]+|coordinator:[0-9]+)$'),
    accepted_by text        not null,
    accepted_at timestamptz not null,
    primary key (proposal_id, party)
);

-- reminders before an agreed publication, each sent once whichever node runs the job
create table publication_reminder (
    agreement_id bigint      not null references publication_agreement (id),
    days_before  integer     not null check (days_before in (7, 2)),
    sent_at      timestamptz not null,
    primary key (agreement_id, days_before)
);
