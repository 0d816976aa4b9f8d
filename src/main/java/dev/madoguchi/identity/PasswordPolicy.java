package dev.madoguchi.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a staff password must be. Length over composition rules, and no password built from the user name
 * (NIST SP 800-63B §5.1.1.2: at least 8 characters, allow at least 64, no composition rules; we ask for 12).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message keys (in {@code i18n/identity}) of every rule the password breaks; empty when acceptable. */
    static List<String> violations(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("password.required");
            return problems;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add("password.too-short");
        }
        if (length > MAX_LENGTH) {
            problems.add("password.too-long");
        }
        if (password.codePoints().distinct().count() == 1) {
            problems.add("password.one-character");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            problems.add("password.contains-username");
        }
        return problems;
    }
}
