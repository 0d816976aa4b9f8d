package dev.madoguchi.sbom;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.madoguchi.sbom.InvalidSbomException.Reason;

/**
 * The component entries of a CycloneDX document: {@code components[]}, each entry's own {@code components[]} (the
 * CycloneDX 1.6 schema: "A list of software and hardware components included in the parent component. This is not a
 * dependency tree."), and the same under {@code metadata.component}, the product itself.
 *
 * <p>The path of an entry is its containment in that nesting, not the {@code dependencies} graph: nesting says what
 * is inside what (a library inside a package inside a firmware image), is present in every version from 1.4, and
 * gives each entry exactly one path. Components under {@code pedigree} (ancestors, descendants, variants) and
 * {@code formulation} describe where a component came from or how it was built, not what the product contains, and
 * are not listed.
 */
final class ComponentTree {

    private ComponentTree() {
    }

    /**
     * Counts entries and levels before anything else looks at the tree, so that the schema check and the flattening
     * only ever see a bounded tree. Tolerates a malformed tree: the schema check reports that afterwards.
     */
    static void checkLimits(JsonNode bom, SbomLimits limits) {
        record Level(JsonNode array, int level) {
        }
        Deque<Level> pending = new ArrayDeque<>();
        pending.push(new Level(bom.path("components"), 1));
        pending.push(new Level(bom.path("metadata").path("component").path("components"), 1));
        long count = 0;
        while (!pending.isEmpty()) {
            Level next = pending.pop();
            if (!next.array().isArray()) {
                continue;
            }
            for (JsonNode entry : next.array()) {
                if (next.level() > limits.maxNesting()) {
                    String limit = String.valueOf(limits.maxNesting());
                    throw new InvalidSbomException(Reason.TOO_DEEP, limit, "The SBOM nests components more than "
                            + limit + " levels deep (components inside components). Export it again with a flatter "
                            + "structure, for example with the dependencies listed in \"dependencies\" instead.");
                }
                if (++count > limits.maxComponents()) {
                    String limit = String.format(Locale.ROOT, "%,d", limits.maxComponents());
                    throw new InvalidSbomException(Reason.TOO_MANY_COMPONENTS, String.valueOf(limits.maxComponents()),
                            "The SBOM lists more than " + limit + " components. Upload one SBOM per product version "
                            + "or firmware image, without file-level components, or ask an administrator to raise "
                            + "the limit.");
                }
                pending.push(new Level(entry.path("components"), next.level() + 1));
            }
        }
    }

    /** Every entry in document order, each parent before its children; call after the schema check. */
    static List<SbomComponent> flatten(JsonNode bom, SbomComponent product) {
        List<SbomComponent> entries = new ArrayList<>();
        List<String> top = product == null ? List.of() : product.path();
        if (product != null) {
            add(bom.path("metadata").path("component").path("components"), top, entries);
        }
        add(bom.path("components"), top, entries);
        return entries;
    }

    /** The entry named by {@code metadata.component}, or null when the SBOM does not say what it describes. */
    static SbomComponent product(JsonNode bom) {
        JsonNode node = bom.path("metadata").path("component");
        return node.isObject() ? entry(node, List.of()) : null;
    }

    /** Recursion is bounded: {@link #checkLimits} has refused anything deeper than {@link SbomLimits#maxNesting()}. */
    private static void add(JsonNode array, List<String> parentPath, List<SbomComponent> entries) {
        for (JsonNode node : array) {
            SbomComponent entry = entry(node, parentPath);
            entries.add(entry);
            add(node.path("components"), entry.path(), entries);
        }
    }

    private static SbomComponent entry(JsonNode node, List<String> parentPath) {
        String name = text(node, "name");
        List<String> path = new ArrayList<>(parentPath.size() + 1);
        path.addAll(parentPath);
        path.add(name);
        return new SbomComponent(text(node, "bom-ref"), text(node, "purl"), name, text(node, "group"),
                text(node, "version"), text(node.path("supplier"), "name"), text(node, "type"), path);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
