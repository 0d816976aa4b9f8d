package dev.madoguchi.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * One row of the audit chain as it is hashed. The hash covers every field and the previous row's hash, each field
 * length-prefixed so that no two different rows serialize alike.
 */
record AuditRecord(long id, Instant occurredAt, String actor, String origin, String action, String objectType,
        String objectId, String summary, String prevHash) {

    /** The hash before the first row. */
    static final String GENESIS = "0".repeat(64);

    AuditRecord {
        // PostgreSQL keeps microseconds: hash what is stored, so verification recomputes the same value.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    String hash() {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, Long.toString(id));
        append(canonical, occurredAt.toString());
        append(canonical, actor);
        append(canonical, origin);
        append(canonical, action);
        append(canonical, objectType);
        append(canonical, objectId);
        append(canonical, summary);
        append(canonical, prevHash);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static void append(StringBuilder canonical, String field) {
        if (field == null) {
            canonical.append("-1:");
        } else {
            canonical.append(field.length()).append(':').append(field);
        }
        canonical.append('|');
    }
}
