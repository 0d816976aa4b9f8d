package dev.madoguchi.openpgp;

import java.time.Instant;

/**
 * One PSIRT key as pages and other modules see it: its public facts and where it is in its life. The secret key is
 * not part of it and never leaves this module.
 *
 * @param facts            key ID, type, size, dates, user ID, fingerprint
 * @param publicKey        the armored certificate (public key with user ID and self-signatures)
 * @param origin           {@code generated} or {@code imported}
 * @param currentFrom      when it became current, {@code null} if never
 * @param retiredAt        when a newer key replaced it
 * @param revokedAt        when it was revoked
 * @param revocationReason why, as the administrator wrote it
 */
public record PsirtKey(long id, KeyFacts facts, String publicKey, KeyState state, String origin, Instant addedAt,
        String addedBy, Instant currentFrom, Instant retiredAt, Instant revokedAt, String revocationReason) {

    public String fingerprint() {
        return facts.fingerprint();
    }

    /** Whether it has expired at {@code now}. */
    public boolean expiredAt(Instant now) {
        return facts.expires() != null && !facts.expires().isAfter(now);
    }
}
