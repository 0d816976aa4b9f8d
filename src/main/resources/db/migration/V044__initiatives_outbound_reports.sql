-- initiatives module: outbound reports (issue 10, "notification initiatives" in the NEC policy): a vulnerability our
-- own research found in another vendor's product or a common component, reported to that vendor directly or through
-- JPCERT/CC or IPA (the Information Security Early Warning Partnership). Never deleted: withdrawn is a state.
create table outbound_report (
    id                 bigint generated always as identity primary key,
    title              text        not null check (char_length(title) between 1 and 200),
    channel            text        not null check (channel in ('vendor', 'jpcert', 'ipa')),
    recipient          text        not null check (char_length(recipient) between 1 and 200),
    contact            text        not null default '' check (char_length(contact) <= 500),
    summary            text        not null check (char_length(summary) between 1 and 2000),
    product            text        not null default '' check (char_length(product) <= 200),
    versions           text        not null default '' check (char_length(versions) <= 200),
    details            text        not null default '' check (char_length(details) <= 20000),
    finder             text        not null check (char_length(finder) between 1 and 100),
    state              text        not null default 'draft'
        check (state in ('draft', 'sent', 'acknowledged', 'resolved', 'no-response', 'withdrawn')),
    sent_at            timestamptz,
    reply_by           date,
    disclosure_target  date,
    outcome            text        not null default '' check (char_length(outcome) <= 5000),
    updated_by         text        not null,
    updated_at         timestamptz not null
);

-- The reply log: dated notes such as "vendor replied" or "JPCERT/CC assigned VU#...".
create table outbound_report_note (
    id          bigint generated always as identity primary key,
    report_id   bigint      not null references outbound_report (id),
    noted_on    date        not null,
    note        text        not null check (char_length(note) between 1 and 5000),
    author      text        not null,
    created_at  timestamptz not null
);

create index outbound_report_note_report on outbound_report_note (report_id, noted_on, id);
