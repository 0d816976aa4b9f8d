package dev.madoguchi.trustedprovider;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The detached signature of each served CSAF document (CSAF 2.0 §7.1.19), made once and kept in
 * {@code trusted_provider_signature}: every node and every request answers the same {@code .asc} for the same bytes.
 * Two nodes signing one document at once both insert; the first row wins and both answer with it.
 */
@Component
class DocumentSignatures {

    private final JdbcClient jdbc;
    private final CsafSigningKey key;
    private final Clock clock;

    DocumentSignatures(JdbcClient jdbc, CsafSigningKey key, Clock clock) {
        this.jdbc = jdbc;
        this.key = key;
        this.clock = clock;
    }

    /** The armored signature of {@code bytes} served at {@code path}, made now if there is none yet. */
    String of(String path, byte[] bytes) {
        String sha256 = Digests.sha256(bytes);
        return stored(path, sha256).orElseGet(() -> {
            Instant now = clock.instant();
            String armored = key.sign(bytes, now);
            jdbc.sql("""
                    insert into trusted_provider_signature (path, sha256, key_fingerprint, armored, signed_at)
                    values (:path, :sha256, :fingerprint, :armored, :signedAt)
                    on conflict do nothing""")
                    .param("path", path).param("sha256", sha256).param("fingerprint", key.fingerprint())
                    .param("armored", armored).param("signedAt", Timestamp.from(now))
                    .update();
            return stored(path, sha256).orElseThrow();
        });
    }

    private Optional<String> stored(String path, String sha256) {
        return jdbc.sql("""
                select armored from trusted_provider_signature
                where path = :path and sha256 = :sha256 and key_fingerprint = :fingerprint""")
                .param("path", path).param("sha256", sha256).param("fingerprint", key.fingerprint())
                .query(String.class).optional();
    }
}
