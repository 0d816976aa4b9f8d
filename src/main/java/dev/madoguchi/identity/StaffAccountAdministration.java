package dev.madoguchi.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.Language;
import dev.madoguchi.shared.NotFoundException;
import dev.madoguchi.shared.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators (and the command line) do to staff accounts. Every act is audited, and none may leave
 * Madoguchi without an active administrator.
 */
@Component
class StaffAccountAdministration {

    /** A new account; {@code temporaryPassword} is set when Madoguchi chose the password and must show it once. */
    record Created(long id, String temporaryPassword) {
    }

    private final StaffAccounts accounts;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final StaffSessions sessions;
    private final Clock clock;

    StaffAccountAdministration(StaffAccounts accounts, ApiTokens tokens, PasswordEncoder encoder, AuditTrail audit,
            StaffSessions sessions, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * @param password the chosen password, or null to generate a one-time password the person must replace
     */
    @Transactional
    Created create(String username, String displayName, String email, Language language, Set<Role> roles,
            String password, boolean mustChangePassword) {
        List<AccountRuleViolation.Problem> problems = new ArrayList<>(
                AccountFields.check(username, displayName, email, roles));
        if (password != null) {
            problems.addAll(AccountFields.checkPassword("password", password, username));
        }
        if (!problems.isEmpty()) {
            throw new AccountRuleViolation(problems);
        }
        String chosen = password == null ? TemporaryPassword.generate() : password;
        long id = accounts.create(username, displayName.strip(), AccountFields.blankToNull(email), language,
                encoder.encode(chosen), roles, password == null || mustChangePassword, clock.instant())
                .orElseThrow(() -> AccountRuleViolation.of("username", "user.username.taken"));
        audit.record(AuditEntry.of("user.created", "user", id, "username: " + StaffAccounts.normalize(username)
                + "; roles: " + EnumSet.copyOf(roles) + "; display name: " + displayName.strip() + "; language: "
                + language.tag()));
        return new Created(id, password == null ? chosen : null);
    }

    @Transactional
    void update(StaffPrincipal actor, long id, String displayName, String email, Language language, Set<Role> roles) {
        StaffAccount before = existing(id);
        List<AccountRuleViolation.Problem> problems = AccountFields.check(null, displayName, email, roles);
        if (!problems.isEmpty()) {
            throw new AccountRuleViolation(problems);
        }
        boolean losesAdmin = before.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN);
        if (losesAdmin && actor.id() == id) {
            throw AccountRuleViolation.of("roles", "user.own-admin-role");
        }
        if (losesAdmin && before.active() && lastActiveAdmin(id)) {
            throw AccountRuleViolation.of("roles", "user.last-admin");
        }
        accounts.updateProfile(id, displayName.strip(), AccountFields.blankToNull(email), language);
        accounts.replaceRoles(id, roles);
        audit.record(AuditEntry.of("user.updated", "user", id, "roles: " + before.roles() + " -> "
                + EnumSet.copyOf(roles) + "; display name: " + before.displayName() + " -> " + displayName.strip()
                + "; e-mail: " + before.email() + " -> " + AccountFields.blankToNull(email) + "; language: "
                + before.language().tag() + " -> " + language.tag()));
        if (!before.roles().equals(EnumSet.copyOf(roles))) {
            sessions.endAllOf(before.username());
        }
    }

    @Transactional
    void deactivate(StaffPrincipal actor, long id) {
        StaffAccount account = existing(id);
        if (actor.id() == id) {
            throw AccountRuleViolation.of(null, "user.deactivate-self");
        }
        if (account.roles().contains(Role.ADMIN) && account.active() && lastActiveAdmin(id)) {
            throw AccountRuleViolation.of(null, "user.last-admin");
        }
        accounts.setActive(id, false);
        tokens.revokeAllOf(id, clock.instant());
        audit.record(AuditEntry.of("user.deactivated", "user", id, "active: " + account.active()
                + " -> false; API tokens revoked"));
        sessions.endAllOf(account.username());
    }

    @Transactional
    void reactivate(long id) {
        StaffAccount account = existing(id);
        accounts.setActive(id, true);
        audit.record(AuditEntry.of("user.reactivated", "user", id, "active: " + account.active() + " -> true"));
    }

    /** Replaces the password with a one-time password, returned to be handed over once. */
    @Transactional
    String resetPassword(long id) {
        StaffAccount account = existing(id);
        String temporary = TemporaryPassword.generate();
        accounts.setPassword(id, encoder.encode(temporary), true, clock.instant());
        audit.record(AuditEntry.of("user.password-reset", "user", id, "one-time password issued; sessions ended"));
        sessions.endAllOf(account.username());
        return temporary;
    }

    @Transactional
    void unlock(long id) {
        StaffAccount account = existing(id);
        accounts.unlock(id);
        audit.record(AuditEntry.of("user.unlocked", "user", id, "locked until: " + account.lockedUntil() + " -> none"));
    }

    private StaffAccount existing(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("staff account " + id));
    }

    private boolean lastActiveAdmin(long id) {
        accounts.lockAdministratorChanges();
        return accounts.all().stream()
                .filter(a -> a.active() && a.roles().contains(Role.ADMIN))
                .allMatch(a -> a.id() == id);
    }
}
