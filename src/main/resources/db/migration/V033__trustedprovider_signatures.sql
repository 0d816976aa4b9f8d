-- trustedprovider module: the detached OpenPGP signature of each CSAF document it serves (CSAF 2.0 §7.1.19), made
-- once and kept, so that every node and every request serves the same .asc for the same bytes. A document is known
-- by its path under /.well-known/csaf/ and the SHA-256 of its bytes; a new revision (new bytes) or another signing
-- key gets a signature of its own.
create table trusted_provider_signature (
    path            text        not null,
    sha256          text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    key_fingerprint text        not null check (key_fingerprint ~ '^[0-9A-F]{40,64}$'),
    armored         text        not null,
    signed_at       timestamptz not null,
    primary key (path, sha256, key_fingerprint)
);
