-- mail module: delivery by SMTP (issue 10). A sender claims due messages with `for update skip locked`, marks them
-- 'sending' until lease_until, sends them after the claim has committed, then marks them 'sent' or records the failure
-- and the next attempt (exponential backoff). A claim whose node died is taken again once its lease has passed.
-- message_id is fixed before the first attempt, so a message sent again after a crash between the server's acceptance
-- and the 'sent' mark carries the same Message-ID (RFC 5322 §3.6.4) and receivers can drop the duplicate.

alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message
    add constraint outbox_message_status_check check (status in ('queued', 'sending', 'sent', 'failed'));

alter table outbox_message
    add column lease_until   timestamptz,
    add column failing_since timestamptz,
    add column message_id    text,
    add column in_reply_to   text;

update outbox_message set next_attempt_at = queued_at where next_attempt_at is null;
alter table outbox_message alter column next_attempt_at set not null;

create unique index outbox_message_message_id on outbox_message (message_id);

drop index outbox_message_queued;
create index outbox_message_due on outbox_message (next_attempt_at) where status = 'queued';
create index outbox_message_leased on outbox_message (lease_until) where status = 'sending';
