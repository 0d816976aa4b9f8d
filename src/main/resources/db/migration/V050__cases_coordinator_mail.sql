-- cases module: a coordinator's reply by e-mail joins the case's coordinator thread (issue 10: "replies are matched
-- to their case ... and added to the conversation with their attachments"). The files are the attachments module's,
-- sealed at rest by the vault; each belongs to one message. A message that came by mail keeps the mail's Message-ID
-- (RFC 5322 §3.6.4), so the thread can show it as mail, as written, and PSIRT can trace it in the mailbox.
alter table case_message
    add column mail_message_id text check (char_length(mail_message_id) <= 1000);

create table case_message_attachment (
    message_id    bigint not null references case_message (id),
    attachment_id bigint not null unique references attachment (id),
    primary key (message_id, attachment_id)
);
