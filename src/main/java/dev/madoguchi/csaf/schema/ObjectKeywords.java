package dev.madoguchi.csaf.schema;

import java.util.HashMap;
import java.util.Map;

import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;

/** The keywords about objects: {@code properties} with {@code additionalProperties}, {@code required}, counts. */
final class ObjectKeywords {

    private ObjectKeywords() {
    }

    /**
     * {@code properties} and {@code additionalProperties} (read together, since the latter applies to the members the
     * former does not name). Declared properties are looked up by name, so no iterator is made for a valid object
     * unless {@code additionalProperties} is given.
     */
    static final class Properties implements Check {
        private final String[] names;
        private final SchemaNode[] schemas;
        private final Map<String, SchemaNode> byName;
        private final SchemaNode additional;

        Properties(String[] names, SchemaNode[] schemas, SchemaNode additional) {
            this.names = names;
            this.schemas = schemas;
            this.additional = additional;
            this.byName = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                byName.put(names[i], schemas[i]);
            }
        }

        SchemaNode schemaOf(String name) {
            return byName.get(name);
        }

        /** The schema of the members {@code properties} does not name; {@code null} when none is given. */
        SchemaNode additional() {
            return additional;
        }

        @Override
        public boolean accepts(JsonValue value) {
            if (!value.isObject()) {
                return true;
            }
            for (int i = 0; i < names.length; i++) {
                JsonValue member = value.get(names[i]);
                if (!member.isMissing() && !schemas[i].accepts(member)) {
                    return false;
                }
            }
            if (additional != null) {
                for (Map.Entry<String, JsonValue> member : value.members().entrySet()) {
                    if (!byName.containsKey(member.getKey()) && !additional.accepts(member.getValue())) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            for (Map.Entry<String, JsonValue> member : value.members().entrySet()) {
                if (findings.full()) {
                    return;
                }
                SchemaNode schema = byName.get(member.getKey());
                if (schema == null) {
                    schema = additional;
                }
                if (schema != null && !schema.accepts(member.getValue())) {
                    String path = JsonPointer.member(at, member.getKey());
                    if (schema.checks().length == 1 && schema.checks()[0] instanceof ValueKeywords.Never) {
                        findings.add(path, "is not allowed: '" + member.getKey()
                                + "' is not a property of this object");
                    } else {
                        schema.report(member.getValue(), path, findings);
                    }
                }
            }
        }
    }

    /** {@code required}: reported at the object, once per missing name. */
    static final class Required implements Check {
        private final String[] names;

        Required(String[] names) {
            this.names = names;
        }

        @Override
        public boolean accepts(JsonValue value) {
            if (value.isObject()) {
                for (String name : names) {
                    if (value.get(name).isMissing()) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            for (String name : names) {
                if (value.get(name).isMissing()) {
                    findings.add(at, "must have required property '" + name + "'");
                }
            }
        }
    }

    /** {@code minProperties} and {@code maxProperties}. */
    static final class Count implements Check {
        private final int min;
        private final int max;

        Count(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public boolean accepts(JsonValue value) {
            if (!value.isObject()) {
                return true;
            }
            int size = value.size();
            return size >= min && size <= max;
        }

        @Override
        public void report(JsonValue value, String at, Findings findings) {
            int size = value.size();
            findings.add(at, size < min ? "must have at least " + min + " propert" + (min == 1 ? "y" : "ies")
                    + ", not " + size : "must have at most " + max + " propert" + (max == 1 ? "y" : "ies") + ", not "
                    + size);
        }
    }
}
