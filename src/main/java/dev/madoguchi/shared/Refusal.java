package dev.madoguchi.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * An act refused by a rule, carrying the message key (in the refusing module's {@code i18n} bundle) and its
 * arguments, so that the person is told why in their own language.
 */
public class Refusal extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public Refusal(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.asList(arguments));
        this.messageKey = messageKey;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
