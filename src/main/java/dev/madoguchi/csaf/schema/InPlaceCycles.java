package dev.madoguchi.csaf.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses a schema that applies itself to the same value without descending into it (through {@code $ref},
 * {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}): evaluating it would never end.
 */
final class InPlaceCycles {
    private final Map<SchemaNode, Boolean> state = new IdentityHashMap<>(); // false: on the path, true: done

    void check(SchemaNode start) {
        if (state.containsKey(start)) {
            return;
        }
        ArrayDeque<SchemaNode> path = new ArrayDeque<>();
        ArrayDeque<Integer> next = new ArrayDeque<>();
        visit(start, path, next);
        while (!path.isEmpty()) {
            SchemaNode node = path.peek();
            List<SchemaNode> children = inPlace(node);
            int index = next.pop();
            if (index < children.size()) {
                next.push(index + 1);
                SchemaNode child = children.get(index);
                Boolean seen = state.get(child);
                if (seen == null) {
                    visit(child, path, next);
                } else if (!seen) {
                    throw new SchemaException("the schema applies itself to the same value endlessly",
                            child.location());
                }
            } else {
                state.put(path.pop(), true);
            }
        }
    }

    private void visit(SchemaNode node, ArrayDeque<SchemaNode> path, ArrayDeque<Integer> next) {
        state.put(node, false);
        path.push(node);
        next.push(0);
    }

    private static List<SchemaNode> inPlace(SchemaNode node) {
        List<SchemaNode> children = new ArrayList<>();
        for (Check check : node.checks()) {
            children.addAll(List.of(check.inPlace()));
        }
        return children;
    }
}
