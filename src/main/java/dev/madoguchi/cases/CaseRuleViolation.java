package dev.madoguchi.cases;

import java.util.List;

/** An act refused by a case rule: an illegal transition, a missing criterion, one's own closing proposal. */
public class CaseRuleViolation extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public CaseRuleViolation(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
