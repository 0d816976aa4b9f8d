package dev.madoguchi.csaf;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A CSAF document read into a tree, as the tests see it, with a place to keep what several tests derive from it (an
 * index of product IDs, say) so that it is computed once per document.
 */
public final class CsafDocument {

    private final JsonValue root;
    private final Map<Function<CsafDocument, ?>, Object> derived = new IdentityHashMap<>();

    public CsafDocument(JsonValue root) {
        this.root = root;
    }

    public JsonValue root() {
        return root;
    }

    /** {@code /document} */
    public JsonValue document() {
        return root.get("document");
    }

    /** {@code /product_tree} */
    public JsonValue productTree() {
        return root.get("product_tree");
    }

    /** {@code /vulnerabilities} */
    public JsonValue vulnerabilities() {
        return root.get("vulnerabilities");
    }

    /** {@code /document/category} as text, or {@code ""}. */
    public String category() {
        String category = document().get("category").text();
        return category == null ? "" : category;
    }

    /**
     * What {@code derivation} computes from this document, computed the first time it is asked for. Pass the same
     * function instance (a {@code static final} field) each time, since it is the key.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T> T derived(Function<CsafDocument, T> derivation) {
        Object value = derived.get(derivation);
        if (value == null) {
            value = derivation.apply(this);
            derived.put(derivation, value);
        }
        return (T) value;
    }
}
