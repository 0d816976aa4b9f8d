package dev.madoguchi.identity;

import org.springframework.validation.BindingResult;

/** Puts an {@link AccountRuleViolation}'s problems on the form, beside the fields they concern. */
final class FormErrors {

    /** Arguments every identity message may use: {0} minimum and {1} maximum password length. */
    private static final Object[] ARGUMENTS = {PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH};

    private FormErrors() {
    }

    static void addTo(BindingResult result, AccountRuleViolation violation) {
        for (AccountRuleViolation.Problem problem : violation.problems()) {
            if (problem.field() == null) {
                result.reject(problem.messageKey(), ARGUMENTS, problem.messageKey());
            } else {
                result.rejectValue(problem.field(), problem.messageKey(), ARGUMENTS, problem.messageKey());
            }
        }
    }
}
