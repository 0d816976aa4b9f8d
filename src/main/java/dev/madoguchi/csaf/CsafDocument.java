package dev.madoguchi.csaf;

import java.util.function.Function;

/**
 * A CSAF document read into a tree, as the tests see it, with a place to keep what several tests derive from it (an
 * index of product IDs, say) so that it is computed once per document. The validator runs one document's tests on one
 * thread, one after the other; an instance is not for sharing between threads.
 */
public final class CsafDocument {

    private final JsonValue root;
    private final boolean knownToSatisfySchema;
    /** What tests derived from the document, by the function that derived it (a few per document: scanned). */
    private Function<?, ?>[] keys = new Function<?, ?>[8];
    private Object[] values = new Object[8];
    private int derivations;

    /** A document whose schema validity is not known to the tests. */
    public CsafDocument(JsonValue root) {
        this(root, false);
    }

    /** @param knownToSatisfySchema the validator found it satisfies the CSAF 2.0 schema */
    public CsafDocument(JsonValue root, boolean knownToSatisfySchema) {
        this.root = root;
        this.knownToSatisfySchema = knownToSatisfySchema;
    }

    /**
     * Whether the document is known to satisfy the CSAF 2.0 JSON schema, so that a test re-checking part of it against
     * the schema (6.1.8) can skip the work.
     */
    public boolean knownToSatisfySchema() {
        return knownToSatisfySchema;
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
    public <T> T derived(Function<CsafDocument, T> derivation) {
        for (int i = 0; i < derivations; i++) {
            if (keys[i] == derivation) {
                return (T) values[i];
            }
        }
        T value = derivation.apply(this);
        if (derivations == keys.length) {
            keys = java.util.Arrays.copyOf(keys, derivations * 2);
            values = java.util.Arrays.copyOf(values, derivations * 2);
        }
        keys[derivations] = derivation;
        values[derivations++] = value;
        return value;
    }
}
