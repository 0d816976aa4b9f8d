-- mail module: messages received in the PSIRT mailbox over IMAP (issue 10). Every message is recorded by its
-- Message-ID (RFC 5322 §3.6.4) in the transaction that handles it, so a poll that runs twice, or on two nodes at once,
-- handles it once: the second insert finds the row (or waits for the first transaction and then finds it).
-- outcome: 'passed-on' (published to the other modules), 'auto-reply' and 'bounce' (RFC 3834 / RFC 3464, kept from
-- the desk), 'too-large' (over the intake limit, left in the mailbox for a person), 'failed' (could not be handled).
create table inbound_mail (
    id          bigint generated always as identity primary key,
    message_id  text        not null unique,
    received_at timestamptz not null,
    sender      text,
    outcome     text        not null
        check (outcome in ('passed-on', 'auto-reply', 'bounce', 'too-large', 'failed'))
);

create index inbound_mail_received on inbound_mail (received_at desc);
