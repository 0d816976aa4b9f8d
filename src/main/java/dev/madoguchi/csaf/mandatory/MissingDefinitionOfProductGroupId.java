package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductIds;

/**
 * CSAF 2.0 §6.1.4 Missing Definition of Product Group ID: every product group ID used in the {@code group_ids} of a
 * vulnerability's flags, remediations or threats must be defined by a product group of the product tree.
 */
public final class MissingDefinitionOfProductGroupId extends NumberedTest {

    public MissingDefinitionOfProductGroupId() {
        super("6.1.4");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductIds index = ProductIds.of(document);
        DefinitionFindings.undefined(index, true, "product group ID", "product group", findings);
    }
}
