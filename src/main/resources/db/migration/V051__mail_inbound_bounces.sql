-- mail module: what staff see of inbound mail, and bounces matched to the outbox (issue 10: staff can see the outbox
-- and its failures; auto-replies and bounces are recognised). The subject is kept, never the body: the body reaches
-- the desk only through the report or case it joined. A delivery status notification (RFC 3464) names the failed
-- recipient and, in the returned message's headers, the Message-ID the outbox gave our message (RFC 5322 §3.6.4).
alter table inbound_mail
    add column subject           text check (char_length(subject) <= 1000),
    add column bounced_recipient text check (char_length(bounced_recipient) <= 1000),
    add column bounced_outbox_id bigint references outbox_message (id) on delete set null;

-- the inbound page lists newest first, by outcome or not, a page at a time from an id (keyset)
create index inbound_mail_outcome_id on inbound_mail (outcome, id desc);
create index inbound_mail_bounced_outbox on inbound_mail (bounced_outbox_id) where bounced_outbox_id is not null;

-- a message a bounce reported as undeliverable: shown on the outbox page as a failure so staff correct the address
alter table outbox_message
    add column bounced_at    timestamptz,
    add column bounce_reason text check (char_length(bounce_reason) <= 500);
