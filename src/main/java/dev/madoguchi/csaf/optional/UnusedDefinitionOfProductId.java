package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductIds;

/**
 * CSAF 2.0 §6.2.1 Unused Definition of Product ID: each product ID defined by a Full Product Name (in the branches,
 * {@code full_product_names} or a relationship) is referenced somewhere else in the document — a product group, a
 * relationship, a product status, a remediation, a score, a threat or a flag. Skipped for the profile "Informational
 * Advisory", whose information applies to every product of the tree.
 */
public final class UnusedDefinitionOfProductId extends NumberedTest {

    public UnusedDefinitionOfProductId() {
        super("6.2.1");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        if ("csaf_informational_advisory".equals(document.category())) {
            return;
        }
        ProductIds index = ProductIds.of(document);
        for (ProductIds.Definition product : index.products()) {
            String id = product.id();
            if (id != null && !index.isReferenced(id)) {
                findings.add(product.idPointer(), "The product ID " + id
                        + " is defined but never referenced in the document.");
            }
        }
    }
}
