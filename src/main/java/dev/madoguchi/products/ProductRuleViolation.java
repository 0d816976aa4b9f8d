package dev.madoguchi.products;

import dev.madoguchi.shared.Refusal;

/** A catalog change refused by a rule, naming the field (or null for the whole form) and a message key. */
public class ProductRuleViolation extends Refusal {

    private final String field;

    public ProductRuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
