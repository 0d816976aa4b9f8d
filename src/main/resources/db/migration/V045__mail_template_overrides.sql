-- mail module: an ADMIN's wording of a mail template in one language (issue 10: templates in ja and en, editable by
-- ADMIN, chosen by the recipient's language). Without a row the message bundle's text is used, so deleting the row
-- restores the default. Texts use named placeholders such as {tracking}.
create table mail_template_override (
    template_key   text        not null,
    language       text        not null check (language in ('ja', 'en')),
    subject        text        not null,
    body           text        not null,
    encrypted_body text,
    updated_by     text        not null,
    updated_at     timestamptz not null,
    primary key (template_key, language)
);
