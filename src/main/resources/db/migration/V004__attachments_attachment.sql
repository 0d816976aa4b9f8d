-- attachments module: files people send (proofs of concept, logs, screenshots), encrypted at rest with the vault
-- key (AES-256-GCM, the key outside the database). A file kept from a failed form submission is "pending" until a
-- report claims it, and is deleted when it expires unclaimed.

create table attachment (
    id           bigint generated always as identity primary key,
    token        uuid        not null unique,
    file_name    text        not null check (char_length(file_name) between 1 and 255),
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes >= 0),
    sha256       char(64)    not null,
    key_id       text        not null,
    nonce        bytea       not null,
    ciphertext   bytea       not null,
    created_at   timestamptz not null,
    claimed      boolean     not null,
    expires_at   timestamptz,
    check (claimed or expires_at is not null)
);

create index attachment_pending_expiry on attachment (expires_at) where not claimed;
