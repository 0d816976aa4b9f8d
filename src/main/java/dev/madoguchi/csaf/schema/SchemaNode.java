package dev.madoguchi.csaf.schema;

import java.util.List;

import dev.madoguchi.csaf.JsonValue;

/**
 * A compiled (sub)schema: the checks of its keywords, applied in order. Nodes are built once by
 * {@link SchemaCompiler} and then only read, so one node serves any number of threads. A schema that refers to itself
 * (the product tree's {@code branches}) is a cycle of nodes; evaluation descends one JSON level per turn of the cycle,
 * so its depth is bounded by the reader's nesting limit.
 */
public final class SchemaNode {

    private static final Check[] UNCOMPILED = new Check[0];

    private final String location;
    private Check[] checks = UNCOMPILED;

    SchemaNode(String location) {
        this.location = location;
    }

    /** Where this schema is: the absolute URI of its resource and the JSON pointer within it. */
    public String location() {
        return location;
    }

    void checks(List<Check> compiled) {
        checks = compiled.toArray(new Check[0]);
    }

    Check[] checks() {
        return checks;
    }

    /** Whether the value satisfies this schema; builds no pointers or messages. */
    public boolean accepts(JsonValue value) {
        for (Check check : checks) {
            if (!check.accepts(value)) {
                return false;
            }
        }
        return true;
    }

    /** Adds the findings of a value; {@code at} is its JSON pointer. Adds nothing for a value the schema accepts. */
    public void report(JsonValue value, String at, Findings findings) {
        for (Check check : checks) {
            if (findings.full()) {
                return;
            }
            if (!check.accepts(value)) {
                check.report(value, at, findings);
            }
        }
    }

    /** This schema, or the one it only refers to ({@code {"$ref": ...}} alone), followed to the end. */
    SchemaNode resolved() {
        SchemaNode node = this;
        for (int turns = 0; turns < 64 && node.checks.length == 1 && node.checks[0] instanceof Combinators.Ref ref;
                turns++) {
            node = ref.target();
        }
        return node;
    }

    /** The schema of a declared property, or {@code null}. */
    SchemaNode property(String name) {
        for (Check check : resolved().checks) {
            if (check instanceof ObjectKeywords.Properties properties) {
                return properties.schemaOf(name);
            }
        }
        return null;
    }

    /** The values {@code enum} or {@code const} allow, or {@code null} when any value may do. */
    List<JsonValue> allowedValues() {
        for (Check check : resolved().checks) {
            if (check instanceof ValueKeywords.Enum allowed) {
                return allowed.values();
            }
            if (check instanceof ValueKeywords.Const constant) {
                return List.of(constant.value());
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return location;
    }
}
