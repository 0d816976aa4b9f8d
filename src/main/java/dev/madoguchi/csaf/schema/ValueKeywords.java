package dev.madoguchi.csaf.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.madoguchi.csaf.JsonValue;

/** The keywords about whole values: {@code enum}, {@code const}, and the schema {@code false}. */
final class ValueKeywords {

    private ValueKeywords() {
    }

    /** {@code enum}; a list of strings alone (the usual case) is looked up in a hash set. */
    static final class Enum extends Check {
        private final List<JsonValue> values;
        private final Set<String> strings;

        Enum(List<JsonValue> values) {
            this.values = values;
            Set<String> texts = new HashSet<>();
            for (JsonValue value : values) {
                if (value.isString()) {
                    texts.add(value.text());
                }
            }
            this.strings = texts.size() == values.size() ? texts : null;
        }

        List<JsonValue> values() {
            return values;
        }

        @Override
        public boolean accepts(JsonValue value) {
            if (strings != null) {
                return value.isString() && strings.contains(value.text());
            }
            for (JsonValue allowed : values) {
                if (allowed.equals(value) || allowed == value) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            findings.add(at, ValueText.of(value) + " must be one of " + ValueText.list(values));
        }
    }

    /** {@code const}. */
    static final class Const extends Check {
        private final JsonValue value;

        Const(JsonValue value) {
            this.value = value;
        }

        JsonValue value() {
            return value;
        }

        @Override
        public boolean accepts(JsonValue candidate) {
            return value.equals(candidate) || value == candidate;
        }

        @Override
        public void report(JsonValue candidate, String at, Findings findings) {
            findings.add(at, ValueText.of(candidate) + " must be " + ValueText.of(value));
        }
    }

    /** The schema {@code false} (as {@code additionalProperties: false} gives): nothing is accepted. */
    static final class Never extends Check {

        @Override
        public boolean accepts(JsonValue value) {
            return false;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            findings.add(at, "is not allowed here (the schema is false)");
        }
    }
}
