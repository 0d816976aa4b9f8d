-- trustedprovider module: security.txt cleartext-signed by the current PSIRT key (RFC 9116 §2.3, issue 9), signed
-- once per text and key and kept, so that every node and every request of a day serves the same bytes (an RSA
-- signature made twice differs). The text changes once a day (its Expires field), so a row serves one day; rows
-- older than a week are removed when a new one is made.
create table trusted_provider_clearsigned (
    path            text        not null,
    sha256          text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    key_fingerprint text        not null check (key_fingerprint ~ '^[0-9A-F]{40,64}$'),
    signed_text     text        not null,
    signed_at       timestamptz not null,
    primary key (path, sha256, key_fingerprint)
);

-- advisories module: the detached OpenPGP signature (.asc) of each advisory PDF (issue 9), made once per PDF bytes and
-- key and kept, as trusted_provider_signature does for CSAF documents. A PDF is known by its public path and the
-- SHA-256 of its bytes; a new revision or a new current key gets a signature of its own.
create table advisory_pdf_signature (
    path            text        not null,
    sha256          text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    key_fingerprint text        not null check (key_fingerprint ~ '^[0-9A-F]{40,64}$'),
    armored         text        not null,
    signed_at       timestamptz not null,
    primary key (path, sha256, key_fingerprint)
);
