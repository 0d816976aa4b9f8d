-- initiatives module: the reminders sent about outbound reports (issue 10, "its own queue and deadlines"). A row is
-- the once-only guard: the daily job inserts it before mailing, so a second run, or a run on another node, sends
-- nothing twice; a deadline moved later is a new deadline and is reminded again.
create table outbound_report_reminder (
    report_id  bigint      not null references outbound_report (id),
    kind       text        not null check (kind in ('reply-overdue', 'disclosure-near', 'disclosure-passed')),
    deadline   date        not null,
    sent_at    timestamptz not null,
    primary key (report_id, kind, deadline)
);
