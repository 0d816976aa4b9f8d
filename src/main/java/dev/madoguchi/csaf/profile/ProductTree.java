package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;

/**
 * CSAF 2.0 §6.1.27.4 Product Tree: a {@code csaf_security_advisory} or {@code csaf_vex} must have
 * {@code /product_tree}.
 */
public final class ProductTree extends ProfileTest {

    public ProductTree() {
        super("6.1.27.4", ADVISORY_OR_VEX);
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        if (document.productTree().isMissing()) {
            findings.add("/product_tree", "A document of category " + document.category()
                    + " must have /product_tree; it is missing");
        }
    }
}
