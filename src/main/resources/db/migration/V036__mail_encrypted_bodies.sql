-- mail module: a message to a reporter who gave an OpenPGP key is encrypted to it and signed by the PSIRT key
-- (issue 9). 'key-unusable' records that the key had expired or was revoked since intake, so the message went out
-- with only the text every unencrypted mail carries.

alter table outbox_message
    add column encryption text not null default 'none'
        check (encryption in ('none', 'encrypted', 'key-unusable'));
