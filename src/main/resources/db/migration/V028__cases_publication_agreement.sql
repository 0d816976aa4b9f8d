-- cases module: the publication date agreed for coordinated disclosure. Both seed policies (NEC, Mitsubishi Electric)
-- publish an advisory at a date and time agreed with the reporter and with JPCERT/CC, so PSIRT records who agreed
-- and when. A change of date never overwrites: it adds a row and marks the previous one superseded, so the history
-- of what was agreed stays; withdrawing (no date agreed any more) marks the current row withdrawn with a reason.
create table publication_agreement (
    id               bigint generated always as identity primary key,
    case_id          bigint      not null references psirt_case (id),
    publish_at       timestamptz not null,
    recorded_by      text        not null,
    recorded_at      timestamptz not null,
    superseded_at    timestamptz,
    withdrawn_at     timestamptz,
    withdrawn_by     text,
    withdrawn_reason text check (char_length(withdrawn_reason) <= 2000),
    check ((withdrawn_at is null) = (withdrawn_reason is null) and (withdrawn_at is null) = (withdrawn_by is null))
);

-- at most one agreement in force per case: the latest, neither superseded nor withdrawn
create unique index publication_agreement_current on publication_agreement (case_id)
    where superseded_at is null and withdrawn_at is null;
create index publication_agreement_case on publication_agreement (case_id, id);

-- the parties besides PSIRT (PSIRT is the recording handler); at least one per agreement, checked by the application
create table publication_agreement_party (
    agreement_id bigint      not null references publication_agreement (id),
    position     integer     not null,
    kind         text        not null check (kind in ('reporter', 'coordinator', 'other')),
    name         text        not null check (char_length(name) between 1 and 200),
    agreed_at    timestamptz not null,
    primary key (agreement_id, position)
);
