package dev.madoguchi.vulnerabilities;

import dev.madoguchi.shared.Refusal;

/** An investigation record refused by a rule, with a message key of {@code i18n/vulnerabilities}. */
public class InvestigationRefused extends Refusal {

    public InvestigationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
