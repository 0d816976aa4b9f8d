-- intake module: vulnerability reports as submitted (web form, API, later e-mail), the reporter's private status
-- links, the reporter's conversation with PSIRT, tracking numbers and the submission rate limit.

create table report (
    id                    bigint generated always as identity primary key,
    tracking_number       text        not null unique,
    -- a resubmitted form (reload, double click) finds its report by this key instead of filing it twice
    submission_key        uuid        unique,
    received_at           timestamptz not null,
    acknowledge_by        timestamptz not null,
    channel               text        not null check (channel in ('web', 'api', 'email')),
    source_user_id        bigint,
    language              text        not null check (language in ('ja', 'en')),
    product               text        not null,
    product_version       text        not null,
    vulnerability_type    text        not null,
    cwe_id                integer,
    title                 text        not null,
    steps_to_reproduce    text        not null,
    proof_of_concept      text        not null,
    impact                text        not null,
    cvss_vector           text,
    already_public        boolean     not null,
    reported_elsewhere    boolean     not null,
    public_reference      text,
    exploited             boolean     not null,
    reporter_name         text        not null,
    reporter_email        text        not null,
    reporter_organization text,
    anonymous             boolean     not null,
    credit_wanted         boolean     not null,
    credit_name           text,
    pgp_public_key        text,
    policy_accepted_at    timestamptz not null,
    status                text        not null,
    status_changed_at     timestamptz not null,
    withdrawn_at          timestamptz,
    check (not credit_wanted or credit_name is not null)
);

create index report_received on report (received_at desc, id desc);
create index report_email on report (lower(reporter_email));
create index report_source on report (source_user_id) where source_user_id is not null;

-- Only the SHA-256 of a status link's token is kept.
create table report_status_link (
    id         bigint generated always as identity primary key,
    report_id  bigint      not null references report (id),
    token_hash char(64)    not null unique,
    created_at timestamptz not null,
    revoked_at timestamptz
);

create index report_status_link_report on report_status_link (report_id);

create table report_message (
    id          bigint generated always as identity primary key,
    report_id   bigint      not null references report (id),
    author      text        not null check (author in ('reporter', 'psirt')),
    author_name text,
    body        text        not null,
    created_at  timestamptz not null
);

create index report_message_report on report_message (report_id, id);

create table report_attachment (
    report_id     bigint not null references report (id),
    attachment_id bigint not null unique,
    message_id    bigint references report_message (id),
    primary key (report_id, attachment_id)
);

-- Tracking numbers run from 1 each year (Asia/Tokyo) from a sequence per year, report_tracking_<year>, created
-- by the application when a year's first report arrives.

-- Accepted submissions per client address, for the hourly limit; rows older than the window are deleted.
create table intake_rate_event (
    id     bigint generated always as identity primary key,
    bucket text        not null,
    at     timestamptz not null
);

create index intake_rate_event_bucket on intake_rate_event (bucket, at);
