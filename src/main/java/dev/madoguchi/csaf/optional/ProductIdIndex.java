package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The product IDs of a document as the optional and informative tests need them, computed once per document: where
 * each is defined (the {@code product_id} of a Full Product Name), which are referenced anywhere else (every other
 * element of type {@code /$defs/product_id_t}), and which product groups contain each product.
 *
 * <p>Minimal by intent: the mandatory tests (§6.1.1 ff.) keep a fuller index of their own.
 */
public final class ProductIdIndex {

    /** The index of a document; pass it to {@link CsafDocument#derived(Function)}. */
    public static final Function<CsafDocument, ProductIdIndex> OF = ProductIdIndex::new;

    /** The product status groups of {@code /vulnerabilities[]/product_status}, all of type product_id_t lists. */
    public static final List<String> STATUS_GROUPS = List.of("first_affected", "first_fixed", "fixed",
            "known_affected", "known_not_affected", "last_affected", "recommended", "under_investigation");

    /** A definition: the product ID and the pointer to the {@code product_id} member that defines it. */
    public record Definition(String productId, String pointer) {
    }

    private final List<Definition> definitions = new ArrayList<>();
    private final Set<String> referenced = new HashSet<>();
    private final Map<String, List<String>> groupsOfProduct = new HashMap<>();

    private ProductIdIndex(CsafDocument document) {
        ProductTreeWalk.fullProductNames(document, (product, pointer) -> {
            String id = product.get("product_id").text();
            if (id != null) {
                definitions.add(new Definition(id, pointer + "/product_id"));
            }
        });
        for (JsonValue group : document.productTree().get("product_groups").elements()) {
            String groupId = group.get("group_id").text();
            for (JsonValue member : group.get("product_ids").elements()) {
                String id = reference(member);
                if (id != null && groupId != null) {
                    groupsOfProduct.computeIfAbsent(id, unused -> new ArrayList<>()).add(groupId);
                }
            }
        }
        for (JsonValue relationship : document.productTree().get("relationships").elements()) {
            reference(relationship.get("product_reference"));
            reference(relationship.get("relates_to_product_reference"));
        }
        for (JsonValue vulnerability : document.vulnerabilities().elements()) {
            JsonValue status = vulnerability.get("product_status");
            for (String group : STATUS_GROUPS) {
                referenceAll(status.get(group));
            }
            for (JsonValue remediation : vulnerability.get("remediations").elements()) {
                referenceAll(remediation.get("product_ids"));
            }
            for (JsonValue score : vulnerability.get("scores").elements()) {
                referenceAll(score.get("products"));
            }
            for (JsonValue threat : vulnerability.get("threats").elements()) {
                referenceAll(threat.get("product_ids"));
            }
            for (JsonValue flag : vulnerability.get("flags").elements()) {
                referenceAll(flag.get("product_ids"));
            }
        }
    }

    private void referenceAll(JsonValue ids) {
        for (JsonValue id : ids.elements()) {
            reference(id);
        }
    }

    private String reference(JsonValue id) {
        String text = id.text();
        if (text != null) {
            referenced.add(text);
        }
        return text;
    }

    /** Every definition of a product ID, in document order of the product tree's parts (branches, names, relationships). */
    public List<Definition> definitions() {
        return definitions;
    }

    /** Whether {@code productId} occurs as a product_id_t anywhere but in a Full Product Name's {@code product_id}. */
    public boolean isReferenced(String productId) {
        return referenced.contains(productId);
    }

    /** The IDs of the product groups listing {@code productId}; none if it is in no group. */
    public List<String> groupsOf(String productId) {
        return groupsOfProduct.getOrDefault(productId, List.of());
    }
}
