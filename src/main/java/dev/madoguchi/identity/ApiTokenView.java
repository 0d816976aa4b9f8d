package dev.madoguchi.identity;

import java.time.Instant;

/** A token as listed on the token pages: never its secret or hash. */
record ApiTokenView(long id, long userId, String username, String name, String prefix, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
