package dev.madoguchi.csaf.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;

/**
 * The members of a value that its schema does not define: what a "strict" copy of the schema would refuse, in which
 * every schema with {@code properties} and without {@code additionalProperties} had {@code additionalProperties:
 * false} (CSAF 2.0 §6.2.20 Additional Properties).
 *
 * <p>Rather than compiling such a copy, this walks the value along the compiled schema and, at each object, looks up
 * every member among the {@code properties} of all the schemas that apply to the object in place: the schema itself,
 * what its {@code $ref}s and {@code allOf} name, and the {@code anyOf}/{@code oneOf} branches the object satisfies (all
 * branches when it satisfies none). A member none of them declares is reported once, at its own pointer, and never
 * as a failed {@code oneOf}: a CVSS v3 object with an unknown member still selects its 3.0 or 3.1 branch by its other
 * members. A member that an {@code additionalProperties} schema allows counts as declared, unless that schema is
 * {@code false}. Objects whose schemas name no {@code properties} at all (a value of a type the schema does not
 * expect there) are left to the schema validation. Work is linear in the value's size, apart from the
 * {@code oneOf}/{@code anyOf} branches, whose test covers only the value they apply to.
 */
public final class UndeclaredMembers {

    private UndeclaredMembers() {
    }

    /**
     * Adds a finding at each member, at any depth below {@code value}, that the schema does not define; {@code at} is
     * the pointer of {@code value}.
     */
    public static void find(SchemaNode schema, JsonValue value, String at, Findings findings) {
        List<SchemaNode> schemas = new ArrayList<>(1);
        schemas.add(schema);
        walk(schemas, value, at, findings);
    }

    private static void walk(List<SchemaNode> schemas, JsonValue value, String at, Findings findings) {
        if (findings.full()) {
            return;
        }
        if (value.isObject()) {
            members(applying(schemas, value), value, at, findings);
        } else if (value.isArray()) {
            elements(applying(schemas, value), value, at, findings);
        }
    }

    /**
     * The schemas and, transitively, those they apply to the same value: {@code $ref} targets, {@code allOf}
     * branches, the {@code anyOf}/{@code oneOf} branches the value satisfies (all of them when it satisfies none).
     * Each once; {@code not} declares nothing.
     */
    private static List<SchemaNode> applying(List<SchemaNode> schemas, JsonValue value) {
        List<SchemaNode> applying = new ArrayList<>();
        ArrayDeque<SchemaNode> pending = new ArrayDeque<>(schemas);
        while (!pending.isEmpty()) {
            SchemaNode node = pending.poll();
            if (applying.contains(node)) {
                continue;
            }
            applying.add(node);
            for (Check check : node.checks()) {
                if (check instanceof Combinators.Not) {
                    continue;
                }
                SchemaNode[] inPlace = check.inPlace();
                if (check instanceof Combinators.OneOf) {
                    inPlace = satisfied(inPlace, value);
                }
                for (SchemaNode next : inPlace) {
                    pending.add(next);
                }
            }
        }
        return applying;
    }

    private static SchemaNode[] satisfied(SchemaNode[] branches, JsonValue value) {
        List<SchemaNode> satisfied = new ArrayList<>(branches.length);
        for (SchemaNode branch : branches) {
            if (branch.accepts(value)) {
                satisfied.add(branch);
            }
        }
        return satisfied.isEmpty() ? branches : satisfied.toArray(new SchemaNode[0]);
    }

    private static void members(List<SchemaNode> applying, JsonValue object, String at, Findings findings) {
        List<ObjectKeywords.Properties> declarations = new ArrayList<>();
        for (SchemaNode node : applying) {
            for (Check check : node.checks()) {
                if (check instanceof ObjectKeywords.Properties properties) {
                    declarations.add(properties);
                }
            }
        }
        if (declarations.isEmpty()) {
            return;
        }
        for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
            if (findings.full()) {
                return;
            }
            String name = member.getKey();
            List<SchemaNode> schemas = new ArrayList<>(declarations.size());
            for (ObjectKeywords.Properties properties : declarations) {
                SchemaNode schema = properties.schemaOf(name);
                if (schema == null) {
                    schema = properties.additional();
                }
                if (schema != null && !forbidsAll(schema)) {
                    schemas.add(schema);
                }
            }
            String path = JsonPointer.member(at, name);
            if (schemas.isEmpty()) {
                findings.add(path, "The property '" + name + "' is not defined by the schema.");
            } else {
                walk(schemas, member.getValue(), path, findings);
            }
        }
    }

    private static void elements(List<SchemaNode> applying, JsonValue array, String at, Findings findings) {
        List<SchemaNode> items = new ArrayList<>(1);
        for (SchemaNode node : applying) {
            for (Check check : node.checks()) {
                if (check instanceof ArrayKeywords.Items each) {
                    items.add(each.schema());
                }
            }
        }
        if (items.isEmpty()) {
            return;
        }
        List<JsonValue> elements = array.elements();
        for (int i = 0, n = elements.size(); i < n && !findings.full(); i++) {
            walk(items, elements.get(i), JsonPointer.index(at, i), findings);
        }
    }

    /** The schema {@code false}, which no member satisfies. */
    private static boolean forbidsAll(SchemaNode schema) {
        Check[] checks = schema.resolved().checks();
        return checks.length == 1 && checks[0] instanceof ValueKeywords.Never;
    }
}
