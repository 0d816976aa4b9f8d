-- cases module: what a coordinator organization calls a case (issue 10): its own case number (free text, e.g.
-- JPCERT/CC's "JPCERT#12345678"), the JVN ID and the JVNVU ID. One row per case and organization; the organization
-- is the coordinators module's coordinator_organization, which is never deleted.
create table case_coordinator_reference (
    case_id          bigint      not null references psirt_case (id),
    organization_id  bigint      not null references coordinator_organization (id),
    case_number      text check (char_length(case_number) <= 100),
    jvn_id           text check (jvn_id ~ '^JVN#[0-9]{8}$'),
    jvnvu_id         text check (jvnvu_id ~ '^JVNVU#[0-9]{8}$'),
    updated_by       text        not null,
    updated_at       timestamptz not null,
    primary key (case_id, organization_id)
);
