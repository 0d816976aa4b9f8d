package dev.madoguchi.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.audit.AuditEntry;
import dev.madoguchi.audit.AuditTrail;
import dev.madoguchi.shared.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A staff member replacing their own password, which needs the current one. */
@Component
class PasswordChanges {

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordChanges(StaffAccounts accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void change(long userId, String current, String replacement, String confirmation) {
        StaffAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("staff account " + userId));
        List<AccountRuleViolation.Problem> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            problems.add(new AccountRuleViolation.Problem("currentPassword", "password.current-wrong"));
        }
        problems.addAll(AccountFields.checkPassword("newPassword", replacement, account.username()));
        if (replacement != null && !replacement.equals(confirmation)) {
            problems.add(new AccountRuleViolation.Problem("confirmation", "password.confirmation-differs"));
        }
        if (problems.isEmpty() && replacement.equals(current)) {
            problems.add(new AccountRuleViolation.Problem("newPassword", "password.same-as-current"));
        }
        if (!problems.isEmpty()) {
            throw new AccountRuleViolation(problems);
        }
        accounts.setPassword(userId, encoder.encode(replacement), false, clock.instant());
        audit.record(AuditEntry.of("user.password-changed", "user", userId, "by the account holder"));
    }
}
