package dev.madoguchi.csaf.informative;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductTreeWalk;

import java.util.List;

/**
 * CSAF 2.0 §6.3.9 Branch Categories: each product in {@code /product_tree/branches} has, on the path from the product
 * tree down to the branch holding it (that branch included), branches of the categories {@code vendor},
 * {@code product_name} and {@code product_version} in that order; other categories may come before, between or after
 * them. The finding points at the product and names the first of the three categories missing.
 */
public final class BranchCategories extends NumberedTest {

    private static final List<String> ORDER = List.of("vendor", "product_name", "product_version");

    public BranchCategories() {
        super("6.3.9");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        // The state of a branch: how many of ORDER its path has matched, in order.
        ProductTreeWalk.branches(document, 0, new ProductTreeWalk.BranchVisitor<Integer>() {
            @Override
            public Integer visit(JsonValue branch, String pointer, Integer matched) {
                int reached = matched < ORDER.size() && ORDER.get(matched).equals(branch.get("category").text())
                        ? matched + 1 : matched;
                if (branch.get("product").exists() && reached < ORDER.size()) {
                    findings.add(JsonPointer.member(pointer, "product"), "The product "
                            + branch.get("product").get("product_id") + " has no ancestor of branch category "
                            + ORDER.get(reached) + (reached == 0 ? "" : " after " + ORDER.get(reached - 1)) + ".");
                }
                return reached;
            }
        });
    }
}
