package dev.madoguchi.csaf.schema;

import dev.madoguchi.csaf.JsonValue;

/**
 * One keyword of a compiled schema (or a few read together, such as {@code properties} with
 * {@code additionalProperties}). A check ignores values of types it does not apply to, as JSON Schema says.
 *
 * <p>Validation runs in two passes: {@link #accepts} answers yes or no without building anything (no JSON pointers,
 * no messages), which is all a valid document ever costs; only when it says no does {@link #report} walk the value
 * again to say where and why.
 *
 * <p>An abstract class rather than an interface: {@link SchemaNode} calls {@link #accepts} on some twenty kinds of
 * check, and such a call through a class's virtual table is cheaper than through an interface's.
 */
abstract class Check {

    static final SchemaNode[] NONE = new SchemaNode[0];

    /** Whether the value satisfies this keyword. */
    abstract boolean accepts(JsonValue value);

    /** Adds the findings of a value this keyword does not accept; {@code at} is the value's JSON pointer. */
    abstract void report(JsonValue value, String at, Findings findings);

    /** The subschemas applied to the same value (not to a member or element), so that cycles among them are found. */
    SchemaNode[] inPlace() {
        return NONE;
    }
}
