package dev.madoguchi.csaf.schema;

import java.util.ArrayList;
import java.util.List;

import dev.madoguchi.csaf.JsonValue;

/** {@code type}: one type name or several; {@code integer} is a number without a fractional part. */
final class TypeCheck extends Check {

    private static final String[] NAMES = {"object", "array", "string", "number", "integer", "boolean", "null"};
    /** The bit of {@code integer}; the others are {@link JsonValue#type()}'s, in the order of {@link #NAMES}. */
    private static final int INTEGER = 16;

    private final int allowed;
    private final String expected;

    private TypeCheck(int allowed, String expected) {
        this.allowed = allowed;
        this.expected = expected;
    }

    static TypeCheck of(JsonValue type, String location) {
        List<String> names = new ArrayList<>();
        if (type.isString()) {
            names.add(type.text());
        } else if (type.isArray() && !type.elements().isEmpty()) {
            for (JsonValue element : type.elements()) {
                names.add(element.isString() ? element.text() : "?");
            }
        } else {
            throw new SchemaException("'type' must be a type name or a list of them", location);
        }
        int allowed = 0;
        StringBuilder expected = new StringBuilder();
        for (String name : names) {
            int bit = bit(name);
            if (bit == 0) {
                throw new SchemaException("unknown type '" + name + "'", location);
            }
            allowed |= bit;
            expected.append(expected.length() == 0 ? "" : " or ").append(ValueText.article(name));
        }
        return new TypeCheck(allowed, expected.toString());
    }

    private static int bit(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return 1 << i;
            }
        }
        return 0;
    }

    @Override
    public boolean accepts(JsonValue value) {
        int type = value.type();
        return (allowed & type) != 0
                || type == JsonValue.TYPE_NUMBER && (allowed & INTEGER) != 0 && isIntegral((JsonValue.Num) value);
    }

    /** Integral without building a decimal for the common case of a plain literal such as {@code 42}. */
    static boolean isIntegral(JsonValue.Num number) {
        String literal = number.literal();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return number.isIntegral();
            }
        }
        return true;
    }

    @Override
    public void report(JsonValue value, String at, Findings findings) {
        String found = value.isNumber() ? "a number (" + value + ")" : ValueText.article(value.typeName());
        findings.add(at, "must be " + expected + ", not " + found);
    }
}
