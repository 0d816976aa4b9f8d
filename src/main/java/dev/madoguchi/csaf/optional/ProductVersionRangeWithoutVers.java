package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductTreeWalk;

import java.util.regex.Pattern;

/**
 * CSAF 2.0 §6.2.18 Product Version Range without vers: the {@code name} of each branch of category
 * {@code product_version_range} follows the vers specification, as far as the regular expression the specification
 * deems sufficient tells ({@code ^vers:[a-z\.\-\+][a-z0-9\.\-\+]*}{@code /.+}).
 */
public final class ProductVersionRangeWithoutVers extends NumberedTest {

    private static final Pattern VERS = Pattern.compile("^vers:[a-z.\\-+][a-z0-9.\\-+]*/.+", Pattern.DOTALL);

    public ProductVersionRangeWithoutVers() {
        super("6.2.18");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductTreeWalk.branches(document, null, new ProductTreeWalk.BranchVisitor<Void>() {
            @Override
            public Void visit(JsonValue branch, String pointer, Void unused) {
                String name = branch.get("name").text();
                if ("product_version_range".equals(branch.get("category").text()) && name != null
                        && !VERS.matcher(name).find()) {
                    findings.add(pointer + "/name", "The version range " + name
                            + " does not follow the vers specification.");
                }
                return null;
            }
        });
    }
}
