package dev.madoguchi.trustedprovider;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import dev.madoguchi.advisories.PublishedCsaf;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a ROLIE feed entry says of one CSAF document (CSAF 2.0 §7.1.15): its tracking ID and title, and the names of
 * its product tree's {@code vendor}, {@code product_family} and {@code product_name} branches, the categories that
 * dissect the feed (§7.1.17).
 */
record RolieEntry(PublishedCsaf document, String title, List<String> products) {

    /** The branch categories whose names become ROLIE category terms (CSAF 2.0 §7.1.17). */
    private static final List<String> TERM_CATEGORIES = List.of("vendor", "product_family", "product_name");

    static RolieEntry of(PublishedCsaf document, JsonMapper json) {
        JsonNode root = json.readTree(document.json());
        String title = root.path("document").path("title").asString(document.trackingId());
        TreeSet<String> products = new TreeSet<>();
        collect(root.path("product_tree").path("branches"), products);
        return new RolieEntry(document, title, List.copyOf(products));
    }

    private static void collect(JsonNode branches, TreeSet<String> into) {
        List<JsonNode> pending = new ArrayList<>();
        branches.forEach(pending::add);
        // iterative: a document's nesting depth is the reader's business, not this walk's stack
        while (!pending.isEmpty()) {
            JsonNode branch = pending.remove(pending.size() - 1);
            String name = branch.path("name").asString("");
            if (TERM_CATEGORIES.contains(branch.path("category").asString("")) && !name.isBlank()) {
                into.add(name.strip());
            }
            branch.path("branches").forEach(pending::add);
        }
    }
}
