-- intake module: reports that arrive as OpenPGP messages (issue 9). The text or file is stored decrypted, like any
-- report, with the fingerprint of the PSIRT key that opened it; a message that could not be opened is stored as
-- received, with why (a pgp.message.* key), and the report is flagged for PSIRT until someone reads it again.

alter table report
    -- the report's text (steps, proof of concept, impact) held an OpenPGP message, opened with this key
    add column text_opened_with  text check (text_opened_with ~ '^[0-9A-F]{40,64}$'),
    -- or could not be opened, and why; the armored text is kept as the reporter sent it
    add column text_pgp_problem  text check (text_pgp_problem ~ '^(report\.)?pgp\.[a-z.-]+$'),
    -- some part (text or file) could not be decrypted: PSIRT must ask the reporter to re-encrypt
    add column pgp_attention     boolean not null default false;

alter table report_attachment
    add column opened_with text check (opened_with ~ '^[0-9A-F]{40,64}$'),
    add column pgp_problem text check (pgp_problem like 'pgp.%'),
    add check (opened_with is null or pgp_problem is null);

create index report_pgp_attention on report (id) where pgp_attention;
