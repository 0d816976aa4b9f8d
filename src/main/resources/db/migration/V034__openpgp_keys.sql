-- openpgp module: the PSIRT's OpenPGP keys over time (issue 9). The secret key is stored armored and protected by
-- OpenPGP's own passphrase encryption (S2K); the passphrase comes from configuration (MADOGUCHI_PGP_PASSPHRASE) or the
-- data directory, never from this database. Exactly one key is current (signs, and is the one reporters are asked to
-- encrypt to); a new key is 'published' beside it during the overlap before it becomes current; older keys stay
-- 'retired' so that messages encrypted to them still open; a 'revoked' key opens old messages but is never offered.
create table openpgp_key (
    id                 bigserial   primary key,
    fingerprint        text        not null unique check (fingerprint ~ '^[0-9A-F]{40,64}$'),
    key_id             text        not null check (key_id ~ '^[0-9A-F]{16}$'),
    key_type           text        not null,
    bits               integer     not null,
    user_id            text        not null,
    created_at         timestamptz not null,
    expires_at         timestamptz,
    secret_key         text        not null,
    public_key         text        not null,
    origin             text        not null check (origin in ('generated', 'imported')),
    state              text        not null check (state in ('published', 'current', 'retired', 'revoked')),
    added_at           timestamptz not null,
    added_by           text        not null,
    current_from       timestamptz,
    retired_at         timestamptz,
    revoked_at         timestamptz,
    revocation_reason  text,
    version            integer     not null default 0
);

create unique index openpgp_key_one_current on openpgp_key ((true)) where state = 'current';

-- The expiry watch (a daily cluster-safe job) records each day it warned, so that two nodes or a restart do not
-- warn twice on one day.
create table openpgp_expiry_warning (
    key_fingerprint text        not null references openpgp_key (fingerprint),
    warned_on       date        not null,
    days_left       integer     not null,
    warned_at       timestamptz not null,
    primary key (key_fingerprint, warned_on)
);
