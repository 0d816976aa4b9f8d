package dev.madoguchi.cases;

import dev.madoguchi.shared.Refusal;

/** An act refused by a case rule: an illegal transition, a missing criterion, one's own closing proposal. */
public class CaseRuleViolation extends Refusal {

    public CaseRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
