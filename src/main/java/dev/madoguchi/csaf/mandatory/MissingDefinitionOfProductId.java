package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductIds;

/**
 * CSAF 2.0 §6.1.1 Missing Definition of Product ID: every product ID used outside a Full Product Name — in product
 * groups, relationships, and the flags, product status, remediations, scores and threats of each vulnerability (see
 * {@link ProductIds}) — must be defined by a Full Product Name of the product tree.
 */
public final class MissingDefinitionOfProductId extends NumberedTest {

    public MissingDefinitionOfProductId() {
        super("6.1.1");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductIds index = ProductIds.of(document);
        DefinitionFindings.undefined(index, false, "product ID", "Full Product Name", findings);
    }
}
