package dev.madoguchi.identity;

import java.util.List;

/**
 * An account change refused by one or more rules. Each problem names the form field it belongs to (or
 * {@code null} for the whole form) and a message key of {@code i18n/identity}.
 */
class AccountRuleViolation extends RuntimeException {

    record Problem(String field, String messageKey) {
    }

    private final List<Problem> problems;

    AccountRuleViolation(List<Problem> problems) {
        super(problems.stream().map(p -> (p.field() == null ? "" : p.field() + ": ") + p.messageKey()).toList()
                .toString());
        this.problems = List.copyOf(problems);
    }

    static AccountRuleViolation of(String field, String messageKey) {
        return new AccountRuleViolation(List.of(new Problem(field, messageKey)));
    }

    List<Problem> problems() {
        return problems;
    }
}
