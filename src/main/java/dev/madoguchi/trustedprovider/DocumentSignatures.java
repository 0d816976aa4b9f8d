package dev.madoguchi.trustedprovider;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.openpgp.PsirtKeys.Signature;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the trusted provider signs with the current PSIRT key, made once and kept so that every node and every request
 * answers the same bytes: the detached signature of each served CSAF document (CSAF 2.0 §7.1.19) in
 * {@code trusted_provider_signature}, and the cleartext-signed {@code security.txt} (RFC 9116 §2.3) in
 * {@code trusted_provider_clearsigned}. Two nodes signing the same bytes at once both insert; the first row wins and
 * both answer with it. A new current key signs everything again on its next request.
 */
@Component
class DocumentSignatures {

    /** A cleartext-signed text older than this is no longer served (its Expires moved on daily). */
    static final Duration CLEARSIGNED_KEPT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final PsirtKeys keys;
    private final Clock clock;

    DocumentSignatures(JdbcClient jdbc, PsirtKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
    }

    /** A signed text and when it was signed. */
    record Signed(String text, Instant signedAt) {
    }

    /** The armored signature of {@code bytes} served at {@code path}, made now if there is none yet. */
    String of(String path, byte[] bytes) {
        String sha256 = Digests.sha256(bytes);
        return stored("trusted_provider_signature", "armored", path, sha256).orElseGet(() -> {
            Signature signature = keys.sign(bytes);
            insert("trusted_provider_signature", "armored", path, sha256, signature.fingerprint(),
                    signature.armored(), signature.signedAt());
            // by the signer, not by whatever key is current by now (a switch on another node meanwhile)
            return stored("trusted_provider_signature", "armored", path, sha256, signature.fingerprint())
                    .orElseThrow();
        }).text();
    }

    /** {@code text} cleartext-signed (served at {@code path}), signed now if it was not yet with the current key. */
    Signed clearsigned(String path, String text) {
        String sha256 = Digests.sha256(text.getBytes(StandardCharsets.UTF_8));
        return stored("trusted_provider_clearsigned", "signed_text", path, sha256).orElseGet(() -> {
            Signature signed = keys.clearsigned(text);
            Instant now = signed.signedAt();
            jdbc.sql("delete from trusted_provider_clearsigned where path = :path and signed_at < :cutoff")
                    .param("path", path).param("cutoff", Timestamp.from(now.minus(CLEARSIGNED_KEPT))).update();
            insert("trusted_provider_clearsigned", "signed_text", path, sha256, signed.fingerprint(),
                    signed.armored(), now);
            return stored("trusted_provider_clearsigned", "signed_text", path, sha256, signed.fingerprint())
                    .orElseThrow();
        });
    }

    private void insert(String table, String column, String path, String sha256, String fingerprint, String text,
            Instant signedAt) {
        jdbc.sql("insert into " + table + " (path, sha256, key_fingerprint, " + column + ", signed_at)"
                + " values (:path, :sha256, :fingerprint, :text, :signedAt) on conflict do nothing")
                .param("path", path).param("sha256", sha256).param("fingerprint", fingerprint)
                .param("text", text).param("signedAt", Timestamp.from(signedAt))
                .update();
    }

    /** The kept text for these bytes made by the current key: a retired key's signatures are not served. */
    private Optional<Signed> stored(String table, String column, String path, String sha256) {
        return stored(table, column, path, sha256, keys.currentOrFirst().fingerprint());
    }

    private Optional<Signed> stored(String table, String column, String path, String sha256, String fingerprint) {
        return jdbc.sql("select " + column + ", signed_at from " + table
                + " where path = :path and sha256 = :sha256 and key_fingerprint = :fingerprint")
                .param("path", path).param("sha256", sha256)
                .param("fingerprint", fingerprint)
                .query((rs, n) -> new Signed(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .optional();
    }
}
