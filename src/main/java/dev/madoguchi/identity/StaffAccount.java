package dev.madoguchi.identity;

import java.time.Instant;
import java.util.Set;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;

/** A staff account as stored; internal to the identity module, never rendered (pages get {@link StaffAccountView}). */
record StaffAccount(long id, String username, String displayName, String email, Language language, String passwordHash,
        boolean mustChangePassword, boolean active, int failedSignIns, Instant lockedUntil, Set<Role> roles,
        Instant createdAt, Instant lastSignInAt) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    StaffPrincipal principal(Instant now) {
        return new StaffPrincipal(id, username, displayName, roles, mustChangePassword, active, lockedAt(now),
                passwordHash);
    }

    StaffAccountView view(Instant now) {
        return new StaffAccountView(id, username, displayName, email, language, roles, active, lockedAt(now), mustChangePassword,
                createdAt, lastSignInAt);
    }
}
