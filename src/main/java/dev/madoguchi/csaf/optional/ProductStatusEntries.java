package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;

import java.util.List;

/** The product IDs listed in some groups of one vulnerability's {@code product_status}, with their pointers. */
final class ProductStatusEntries {

    /** The groups of the Product Status group "Affected" (CSAF 2.0 §3.2.3.9). */
    static final List<String> AFFECTED = List.of("first_affected", "known_affected", "last_affected");
    /** The groups of the Product Status group "Fixed". */
    static final List<String> FIXED = List.of("first_fixed", "fixed");

    /** Receives one listed product ID. */
    @FunctionalInterface
    interface Visitor {
        void visit(String productId, String pointer, String statusGroup);
    }

    private ProductStatusEntries() {
    }

    /** Each string listed in {@code groups} of {@code /vulnerabilities/<index>/product_status}. */
    static void forEach(JsonValue vulnerability, int index, List<String> groups, Visitor visitor) {
        JsonValue status = vulnerability.get("product_status");
        for (String group : groups) {
            List<JsonValue> ids = status.get(group).elements();
            String base = "/vulnerabilities/" + index + "/product_status/" + group;
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i).text();
                if (id != null) {
                    visitor.visit(id, JsonPointer.index(base, i), group);
                }
            }
        }
    }
}
