-- mail module: a message from a person that no module took in (a reply to our mail from someone other than the
-- reporter or the case's coordinators, say) is recorded as 'unclaimed' and left unseen in the mailbox for a person,
-- so that nothing the desk could not place is lost (issue 10; docs/operations.md, "Inbound e-mail").
alter table inbound_mail drop constraint inbound_mail_outcome_check;
alter table inbound_mail add constraint inbound_mail_outcome_check
    check (outcome in ('passed-on', 'auto-reply', 'bounce', 'too-large', 'failed', 'unclaimed'));
