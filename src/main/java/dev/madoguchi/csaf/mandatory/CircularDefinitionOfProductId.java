package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.List;

/**
 * CSAF 2.0 §6.1.3 Circular Definition of Product ID: a product ID defined by a relationship
 * ({@code /product_tree/relationships[]/full_product_name/product_id}) must not end up in a circle. Each relationship
 * defines its product ID from its {@code product_reference} and {@code relates_to_product_reference}; following those
 * references through the relationships that define them must end at products defined otherwise (branches,
 * {@code full_product_names}). A reference that refers to the relationship's own product ID, or leads to a product ID
 * whose definition comes back to itself, is reported at that reference ({@code .../product_reference} or
 * {@code .../relates_to_product_reference}). The references form a graph searched once, without recursion
 * ({@link ReferenceCycles}), so neither long chains nor cycles can hang or overflow the stack.
 */
public final class CircularDefinitionOfProductId extends NumberedTest {

    private static final List<String> REFERENCES = List.of("product_reference", "relates_to_product_reference");

    public CircularDefinitionOfProductId() {
        super("6.1.3");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        List<JsonValue> relationships = document.productTree().get("relationships").elements();
        ReferenceCycles cycles = new ReferenceCycles();
        for (JsonValue relationship : relationships) {
            String defined = relationship.get("full_product_name").get("product_id").text();
            for (String reference : REFERENCES) {
                String target = relationship.get(reference).text();
                if (defined != null && target != null) {
                    cycles.addEdge(defined, target);
                }
            }
        }
        for (int r = 0; r < relationships.size(); r++) {
            JsonValue relationship = relationships.get(r);
            String defined = relationship.get("full_product_name").get("product_id").text();
            for (String reference : REFERENCES) {
                String target = relationship.get(reference).text();
                if (defined == null || target == null || !cycles.leadsToCycle(target)) {
                    continue;
                }
                String at = JsonPointer.member(JsonPointer.index("/product_tree/relationships", r), reference);
                findings.add(at, target.equals(defined)
                        ? "The product ID \"" + defined + "\" is defined by a relationship referring to itself."
                        : "The product ID \"" + defined + "\" is defined from \"" + target + "\", whose definition"
                                + " through relationships ends up in a circle.");
            }
        }
    }
}
