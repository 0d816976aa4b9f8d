package dev.madoguchi.csaf;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as read by {@link JsonReader}: object, array, string, number, boolean, null, or {@link #MISSING} for
 * a member or element that is not there. Navigation never throws: {@code doc.get("document").get("tracking")} is
 * {@link #MISSING} when either is absent, so checks read like the specification's paths.
 *
 * <p>This tree (rather than Jackson's) exists because the validator must start in a few milliseconds from the jar's
 * root with nothing but the JDK; see ADR 0011.
 */
public abstract sealed class JsonValue permits JsonValue.Obj, JsonValue.Arr, JsonValue.Str, JsonValue.Num,
        JsonValue.Bool, JsonValue.Null, JsonValue.Missing {

    /** What navigation answers for a member or element that is not there. */
    public static final JsonValue MISSING = new Missing();

    /** The member {@code name} of an object; {@link #MISSING} otherwise. */
    public JsonValue get(String name) {
        return MISSING;
    }

    /** The element at {@code index} of an array; {@link #MISSING} otherwise. */
    public JsonValue get(int index) {
        return MISSING;
    }

    /** The elements of an array, or no elements. */
    public List<JsonValue> elements() {
        return List.of();
    }

    /** The members of an object in document order, or none. */
    public Map<String, JsonValue> members() {
        return Map.of();
    }

    /** How many members an object has, or elements an array; 0 for anything else. */
    public int size() {
        return 0;
    }

    /** The string's text; {@code null} for anything that is not a string. */
    public String text() {
        return null;
    }

    /** Bits of {@link #type()}, one per JSON type; {@link Missing} has none. */
    public static final int TYPE_OBJECT = 1;
    public static final int TYPE_ARRAY = 2;
    public static final int TYPE_STRING = 4;
    public static final int TYPE_NUMBER = 8;
    public static final int TYPE_BOOLEAN = 32;
    public static final int TYPE_NULL = 64;

    /**
     * The JSON type as one bit ({@link #TYPE_OBJECT}...), 0 for a missing value: one call where a set of types is
     * checked (JSON Schema's {@code type}), instead of one {@code isX()} call per type.
     */
    public abstract int type();

    public boolean isObject() {
        return false;
    }

    public boolean isArray() {
        return false;
    }

    public boolean isString() {
        return false;
    }

    public boolean isNumber() {
        return false;
    }

    public boolean isBoolean() {
        return false;
    }

    public boolean isNull() {
        return false;
    }

    public boolean isMissing() {
        return false;
    }

    /** Present: anything but {@link #MISSING}. */
    public boolean exists() {
        return !isMissing();
    }

    /** The JSON type name as JSON Schema says it ("object", "array", "string", "number", "integer", ...). */
    public abstract String typeName();

    /**
     * An object; members keep document order. Held as two arrays: most CSAF objects have a handful of members, for
     * which comparing names beats hashing them; a map of the members is made on first use, for iteration and for
     * lookups in large objects.
     */
    public static final class Obj extends JsonValue {
        private static final int SCAN_LIMIT = 16;

        @Override
        public int type() {
            return TYPE_OBJECT;
        }

        private final String[] names;
        private final JsonValue[] values;
        private Map<String, JsonValue> view;

        public Obj(Map<String, JsonValue> members) {
            this(members.keySet().toArray(new String[0]), members.values().toArray(new JsonValue[0]));
        }

        /** Takes the arrays as they are: names distinct, the same length. */
        Obj(String[] names, JsonValue[] values) {
            this.names = names;
            this.values = values;
        }

        @Override
        public JsonValue get(String name) {
            if (names.length <= SCAN_LIMIT) {
                for (int i = 0; i < names.length; i++) {
                    if (names[i] == name) { // mostly the case: see MemberNames
                        return values[i];
                    }
                }
                int hash = name.hashCode(); // kept by each string after its first use, so this compares two ints
                for (int i = 0; i < names.length; i++) {
                    String candidate = names[i];
                    if (candidate.hashCode() == hash && candidate.equals(name)) {
                        return values[i];
                    }
                }
                return MISSING;
            }
            JsonValue value = members().get(name);
            return value == null ? MISSING : value;
        }

        @Override
        public int size() {
            return names.length;
        }

        /** The name of the {@code index}th member in document order, {@code 0 <= index < size()}. */
        public String nameAt(int index) {
            return names[index];
        }

        /** The value of the {@code index}th member in document order, {@code 0 <= index < size()}. */
        public JsonValue valueAt(int index) {
            return values[index];
        }

        @Override
        public Map<String, JsonValue> members() {
            if (view == null) {
                Map<String, JsonValue> ordered = new java.util.LinkedHashMap<>(names.length * 2);
                for (int i = 0; i < names.length; i++) {
                    ordered.put(names[i], values[i]);
                }
                view = Collections.unmodifiableMap(ordered);
            }
            return view;
        }

        @Override
        public boolean isObject() {
            return true;
        }

        @Override
        public String typeName() {
            return "object";
        }

        /** As maps compare: the same names with equal values, in any order (JSON Schema's {@code uniqueItems}). */
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Obj o) || o.names.length != names.length) {
                return false;
            }
            for (int i = 0; i < names.length; i++) {
                if (!values[i].equals(o.get(names[i]))) {
                    return false;
                }
            }
            return true;
        }

        /** As {@link Map#hashCode()} computes it, without making the map. */
        @Override
        public int hashCode() {
            int hash = 0;
            for (int i = 0; i < names.length; i++) {
                hash += names[i].hashCode() ^ values[i].hashCode();
            }
            return hash;
        }
    }

    /** An array. */
    public static final class Arr extends JsonValue {
        private final List<JsonValue> elements;

        @Override
        public int type() {
            return TYPE_ARRAY;
        }

        public Arr(List<JsonValue> elements) {
            this(elements.toArray(new JsonValue[0]));
        }

        /** Takes the array as it is. */
        Arr(JsonValue[] elements) {
            this.elements = new Elements(elements);
        }

        @Override
        public JsonValue get(int index) {
            return index >= 0 && index < elements.size() ? elements.get(index) : MISSING;
        }

        @Override
        public List<JsonValue> elements() {
            return elements;
        }

        @Override
        public int size() {
            return elements.size();
        }

        @Override
        public boolean isArray() {
            return true;
        }

        @Override
        public String typeName() {
            return "array";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Arr a && elements.equals(a.elements);
        }

        @Override
        public int hashCode() {
            return elements.hashCode();
        }
    }

    /** A string. */
    public static final class Str extends JsonValue {
        private final String text;

        @Override
        public int type() {
            return TYPE_STRING;
        }

        public Str(String text) {
            this.text = text;
        }

        @Override
        public String text() {
            return text;
        }

        @Override
        public boolean isString() {
            return true;
        }

        @Override
        public String typeName() {
            return "string";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Str s && text.equals(s.text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public String toString() {
            return '"' + text + '"';
        }
    }

    /** A number, kept as written; JSON Schema compares numbers by value (1.0 equals 1). */
    public static final class Num extends JsonValue {
        private final String literal;
        private BigDecimal value;

        @Override
        public int type() {
            return TYPE_NUMBER;
        }

        public Num(String literal) {
            this.literal = literal;
        }

        public String literal() {
            return literal;
        }

        public BigDecimal value() {
            if (value == null) {
                value = new BigDecimal(literal);
            }
            return value;
        }

        public double doubleValue() {
            return Double.parseDouble(literal);
        }

        /** An integer in JSON Schema's sense: no fractional part, whatever the notation. */
        public boolean isIntegral() {
            return value().stripTrailingZeros().scale() <= 0;
        }

        @Override
        public boolean isNumber() {
            return true;
        }

        @Override
        public String typeName() {
            return isIntegral() ? "integer" : "number";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Num n && value().compareTo(n.value()) == 0;
        }

        @Override
        public int hashCode() {
            return Double.hashCode(doubleValue());
        }

        @Override
        public String toString() {
            return literal;
        }
    }

    /** {@code true} or {@code false}. */
    public static final class Bool extends JsonValue {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);
        private final boolean value;

        @Override
        public int type() {
            return TYPE_BOOLEAN;
        }

        private Bool(boolean value) {
            this.value = value;
        }

        public boolean value() {
            return value;
        }

        @Override
        public boolean isBoolean() {
            return true;
        }

        @Override
        public String typeName() {
            return "boolean";
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /** {@code null}. */
    public static final class Null extends JsonValue {
        public static final Null NULL = new Null();

        @Override
        public int type() {
            return TYPE_NULL;
        }

        private Null() {
        }

        @Override
        public boolean isNull() {
            return true;
        }

        @Override
        public String typeName() {
            return "null";
        }

        @Override
        public String toString() {
            return "null";
        }
    }

    /** Absent. */
    public static final class Missing extends JsonValue {
        private Missing() {
        }

        @Override
        public int type() {
            return 0;
        }

        @Override
        public boolean isMissing() {
            return true;
        }

        @Override
        public String typeName() {
            return "missing";
        }

        @Override
        public String toString() {
            return "(missing)";
        }
    }

    /**
     * The elements of an {@link Arr}: its array seen as an unmodifiable list, one small object where an
     * {@code ArrayList} in an unmodifiable wrapper took three and a copy when it grew.
     */
    private static final class Elements extends java.util.AbstractList<JsonValue> implements java.util.RandomAccess {
        private final JsonValue[] elements;

        Elements(JsonValue[] elements) {
            this.elements = elements;
        }

        @Override
        public JsonValue get(int index) {
            return elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }
    }
}
