package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductIds;

/**
 * CSAF 2.0 §6.1.2 Multiple Definition of Product ID: a product ID is defined by one Full Product Name only, whether
 * in the branches (at any depth), {@code full_product_names} or a relationship. Each definition after the first is
 * reported at its {@code product_id}.
 */
public final class MultipleDefinitionOfProductId extends NumberedTest {

    public MultipleDefinitionOfProductId() {
        super("6.1.2");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductIds index = ProductIds.of(document);
        DefinitionFindings.repeated(index, false, "product ID", findings);
    }
}
