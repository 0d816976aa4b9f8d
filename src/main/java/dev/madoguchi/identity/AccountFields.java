package dev.madoguchi.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.madoguchi.shared.Role;

/** The rules for what a staff account holds; the same for the admin pages and the command line. */
final class AccountFields {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    /** Deliberately loose (RFC 5321 allows much); the address is only used to reach the person. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_DISPLAY_NAME = 200;
    static final int MAX_EMAIL = 254;

    private AccountFields() {
    }

    static List<AccountRuleViolation.Problem> check(String username, String displayName, String email,
            Set<Role> roles) {
        List<AccountRuleViolation.Problem> problems = new ArrayList<>();
        if (username != null) {
            String normalized = StaffAccounts.normalize(username);
            if (normalized.isEmpty()) {
                problems.add(new AccountRuleViolation.Problem("username", "user.username.required"));
            } else if (!USERNAME.matcher(normalized).matches()) {
                problems.add(new AccountRuleViolation.Problem("username", "user.username.invalid"));
            }
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add(new AccountRuleViolation.Problem("displayName", "user.display-name.required"));
        } else if (displayName.strip().length() > MAX_DISPLAY_NAME) {
            problems.add(new AccountRuleViolation.Problem("displayName", "user.display-name.too-long"));
        }
        if (email != null && !email.isBlank()
                && (email.strip().length() > MAX_EMAIL || !EMAIL.matcher(email.strip()).matches())) {
            problems.add(new AccountRuleViolation.Problem("email", "user.email.invalid"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new AccountRuleViolation.Problem("roles", "user.roles.required"));
        }
        return problems;
    }

    static List<AccountRuleViolation.Problem> checkPassword(String field, String password, String username) {
        return PasswordPolicy.violations(password, username).stream()
                .map(key -> new AccountRuleViolation.Problem(field, key)).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
