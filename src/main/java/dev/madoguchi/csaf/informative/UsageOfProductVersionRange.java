package dev.madoguchi.csaf.informative;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTestGroup;
import dev.madoguchi.csaf.optional.NumberedCsafTest;
import dev.madoguchi.csaf.optional.ProductTreeWalk;

/**
 * CSAF 2.0 §6.3.10 Usage of Product Version Range: no branch has the category {@code product_version_range}; machines
 * can hardly tell whether a version falls into a range, so enumerating versions is recommended.
 */
public final class UsageOfProductVersionRange extends NumberedCsafTest {

    public UsageOfProductVersionRange() {
        super("6.3.10", CsafTestGroup.INFORMATIVE);
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductTreeWalk.branches(document, null, (branch, pointer, unused) -> {
            if ("product_version_range".equals(branch.get("category").text())) {
                findings.add(pointer + "/category", "The branch category product_version_range is used (for "
                        + branch.get("name") + ").");
            }
            return null;
        });
    }
}
