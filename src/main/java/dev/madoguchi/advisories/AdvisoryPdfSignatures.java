package dev.madoguchi.advisories;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import dev.madoguchi.openpgp.PsirtKeys;
import dev.madoguchi.openpgp.PsirtKeys.Signature;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The detached signature ({@code .asc}) of each advisory PDF by the current PSIRT key (issue 9: signed
 * publications), made once per PDF bytes and key and kept in {@code advisory_pdf_signature}, so every node and every
 * request serves the same {@code .asc} (an RSA signature made twice differs). Two nodes signing one PDF at once both
 * insert; the first row wins and both answer with it. A new current key signs each PDF again on its next request.
 */
@Component
class AdvisoryPdfSignatures {

    private final JdbcClient jdbc;
    private final PsirtKeys keys;

    AdvisoryPdfSignatures(JdbcClient jdbc, PsirtKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** An armored signature and when it was made. */
    record Kept(String armored, Instant signedAt) {
    }

    /** The armored signature of the PDF {@code bytes} served at {@code path}, made now if there is none yet. */
    Kept of(String path, byte[] bytes) {
        String sha256 = sha256(bytes);
        return stored(path, sha256, keys.currentOrFirst().fingerprint()).orElseGet(() -> {
            Signature signature = keys.sign(bytes);
            jdbc.sql("""
                    insert into advisory_pdf_signature (path, sha256, key_fingerprint, armored, signed_at)
                    values (:path, :sha256, :fingerprint, :armored, :signedAt)
                    on conflict do nothing""")
                    .param("path", path).param("sha256", sha256).param("fingerprint", signature.fingerprint())
                    .param("armored", signature.armored()).param("signedAt", Timestamp.from(signature.signedAt()))
                    .update();
            // by the signer, not by whatever key is current by now (a switch on another node meanwhile)
            return stored(path, sha256, signature.fingerprint()).orElseThrow();
        });
    }

    private Optional<Kept> stored(String path, String sha256, String fingerprint) {
        return jdbc.sql("""
                select armored, signed_at from advisory_pdf_signature
                where path = :path and sha256 = :sha256 and key_fingerprint = :fingerprint""")
                .param("path", path).param("sha256", sha256)
                .param("fingerprint", fingerprint)
                .query((rs, n) -> new Kept(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
