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
     * former does not name).
     */
    static final class Properties extends Check {
        private final Map<String, SchemaNode> byName;
        private final SchemaNode additional;

        Properties(String[] names, SchemaNode[] schemas, SchemaNode additional) {
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
            if (!(value instanceof JsonValue.Obj object)) {
                return true;
            }
            // Member by member, each looked up among the declared names: an object holds a few of the many
            // properties its schema declares, so this is less work than asking the object for each declared name.
            for (int i = 0; i < object.size(); i++) {
                SchemaNode schema = byName.get(object.nameAt(i));
                if (schema == null) {
                    schema = additional;
                }
                if (schema != null && !schema.accepts(object.valueAt(i))) {
                    return false;
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
    static final class Required extends Check {
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
    static final class Count extends Check {
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
