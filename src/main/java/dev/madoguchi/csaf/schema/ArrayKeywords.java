package dev.madoguchi.csaf.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;

/** The keywords about arrays: {@code items}, {@code minItems}/{@code maxItems}, {@code uniqueItems}. */
final class ArrayKeywords {

    /** Up to this many elements, duplicates are looked for pairwise (no set is built for the usual short list). */
    private static final int PAIRWISE = 16;

    private ArrayKeywords() {
    }

    /** {@code items} as a single schema for every element. */
    static final class Items extends Check {
        private final SchemaNode schema;

        Items(SchemaNode schema) {
            this.schema = schema;
        }

        SchemaNode schema() {
            return schema;
        }

        @Override
        public boolean accepts(JsonValue value) {
            List<JsonValue> elements = value.elements();
            for (int i = 0, n = elements.size(); i < n; i++) {
                if (!schema.accepts(elements.get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            List<JsonValue> elements = value.elements();
            for (int i = 0, n = elements.size(); i < n && !findings.full(); i++) {
                if (!schema.accepts(elements.get(i))) {
                    schema.report(elements.get(i), JsonPointer.index(at, i), findings);
                }
            }
        }
    }

    /** {@code minItems} and {@code maxItems}. */
    static final class Count extends Check {
        private final int min;
        private final int max;

        Count(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public boolean accepts(JsonValue value) {
            if (!value.isArray()) {
                return true;
            }
            int size = value.size();
            return size >= min && size <= max;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            int size = value.size();
            findings.add(at, size < min ? "must have at least " + min + " item" + (min == 1 ? "" : "s") + ", not "
                    + size : "must have at most " + max + " item" + (max == 1 ? "" : "s") + ", not " + size);
        }
    }

    /** {@code uniqueItems: true}, by JSON value equality (numbers by value: 1.0 equals 1). */
    static final class Unique extends Check {

        @Override
        public boolean accepts(JsonValue value) {
            List<JsonValue> elements = value.elements();
            int n = elements.size();
            if (n <= PAIRWISE) {
                for (int i = 1; i < n; i++) {
                    for (int j = 0; j < i; j++) {
                        if (elements.get(i).equals(elements.get(j))) {
                            return false;
                        }
                    }
                }
                return true;
            }
            return firstRepeats(elements).isEmpty();
        }

        /** Index of each element equal to an earlier one, mapped to that earlier one's index. */
        private static Map<Integer, Integer> firstRepeats(List<JsonValue> elements) {
            Map<JsonValue, Integer> seen = new HashMap<>(elements.size() * 2);
            Map<Integer, Integer> repeats = new HashMap<>();
            for (int i = 0; i < elements.size(); i++) {
                Integer earlier = seen.putIfAbsent(elements.get(i), i);
                if (earlier != null) {
                    repeats.put(i, earlier);
                }
            }
            return repeats;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            List<JsonValue> elements = value.elements();
            Map<Integer, Integer> repeats = firstRepeats(elements);
            for (int i = 0; i < elements.size(); i++) {
                Integer earlier = repeats.get(i);
                if (earlier != null) {
                    findings.add(JsonPointer.index(at, i), "must not repeat item " + earlier + " of the array ("
                            + ValueText.of(elements.get(i)) + "): items must be unique");
                }
            }
        }
    }
}
