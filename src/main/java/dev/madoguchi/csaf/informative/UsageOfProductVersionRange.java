package dev.madoguchi.csaf.informative;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductTreeWalk;
import dev.madoguchi.csaf.JsonValue;

/**
 * CSAF 2.0 §6.3.10 Usage of Product Version Range: no branch has the category {@code product_version_range}; machines
 * can hardly tell whether a version falls into a range, so enumerating versions is recommended.
 */
public final class UsageOfProductVersionRange extends NumberedTest {

    public UsageOfProductVersionRange() {
        super("6.3.10");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductTreeWalk.branches(document, null, new ProductTreeWalk.BranchVisitor<Void>() {
            @Override
            public Void visit(JsonValue branch, String pointer, Void unused) {
                if ("product_version_range".equals(branch.get("category").text())) {
                    findings.add(pointer + "/category", "The branch category product_version_range is used (for "
                            + branch.get("name") + ").");
                }
                return null;
            }
        });
    }
}
