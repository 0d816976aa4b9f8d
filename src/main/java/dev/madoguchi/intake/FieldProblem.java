package dev.madoguchi.intake;

import java.util.List;

/**
 * One rule a submission breaks: the field it concerns (the API's JSON path, e.g. {@code reporter.email}), and a
 * message key of {@code i18n/intake} with its arguments.
 */
record FieldProblem(String field, String messageKey, List<Object> arguments) {

    static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
