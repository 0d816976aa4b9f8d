package dev.madoguchi.identity;

/** {@code MADOGUCHI_ADMIN_PASSWORD} breaks the password rules, so the first administrator cannot be created. */
class AdminPasswordRejectedException extends IllegalStateException {

    AdminPasswordRejectedException(AccountRuleViolation violation) {
        super("MADOGUCHI_ADMIN_PASSWORD is not acceptable (" + violation.problems().stream()
                .map(AccountRuleViolation.Problem::messageKey).toList() + "): use at least " + PasswordPolicy.MIN_LENGTH
                + " characters, not containing the user name 'admin'.");
    }
}
