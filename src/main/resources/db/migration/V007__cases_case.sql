-- cases module: the case PSIRT works a report through. Every report opens or joins a case.

create table psirt_case (
    id         bigint generated always as identity primary key,
    state      text        not null check (state in ('received', 'acknowledged', 'triage', 'investigating',
                                                     'remediation', 'disclosure-scheduled', 'published', 'closed')),
    opened_at  timestamptz not null,
    updated_at timestamptz not null
);

create table case_report (
    case_id   bigint not null references psirt_case (id),
    report_id bigint not null unique,
    primary key (case_id, report_id)
);
