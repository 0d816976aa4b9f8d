package dev.madoguchi.identity;

import java.time.Instant;
import java.util.Set;

import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.Role;

/** What the account pages show of an account: never its password hash. */
record StaffAccountView(long id, String username, String displayName, String email, Language language, Set<Role> roles,
        boolean active,
        boolean locked, boolean mustChangePassword, Instant createdAt, Instant lastSignInAt) {
}
