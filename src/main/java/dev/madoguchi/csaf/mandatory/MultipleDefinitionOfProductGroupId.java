package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductIds;

/**
 * CSAF 2.0 §6.1.5 Multiple Definition of Product Group ID: a {@code group_id} is defined by one product group only.
 * Each definition after the first is reported at its {@code group_id}.
 */
public final class MultipleDefinitionOfProductGroupId extends NumberedTest {

    public MultipleDefinitionOfProductGroupId() {
        super("6.1.5");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductIds index = ProductIds.of(document);
        DefinitionFindings.repeated(index, true, "product group ID", findings);
    }
}
