package dev.madoguchi.csaf.schema;

import java.math.BigDecimal;

import dev.madoguchi.csaf.JsonValue;

/**
 * {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}: compared exactly, as
 * decimals.
 */
final class NumberBounds extends Check {

    private final BigDecimal limit;
    private final boolean lower;
    private final boolean exclusive;

    NumberBounds(BigDecimal limit, boolean lower, boolean exclusive) {
        this.limit = limit;
        this.lower = lower;
        this.exclusive = exclusive;
    }

    @Override
    public boolean accepts(JsonValue value) {
        if (!value.isNumber()) {
            return true;
        }
        int order = ((JsonValue.Num) value).value().compareTo(limit);
        return lower ? order > 0 || order == 0 && !exclusive : order < 0 || order == 0 && !exclusive;
    }

    @Override
    public void report(JsonValue value, String at, Findings findings) {
        findings.add(at, "must be " + (lower ? exclusive ? "greater than " : "at least "
                : exclusive ? "less than " : "at most ") + limit.toPlainString() + ", not " + value);
    }
}
