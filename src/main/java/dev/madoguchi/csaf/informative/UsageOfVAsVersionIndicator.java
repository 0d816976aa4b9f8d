package dev.madoguchi.csaf.informative;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductTreeWalk;

import java.util.regex.Pattern;

/**
 * CSAF 2.0 §6.3.11 Usage of V as Version Indicator: the {@code name} of no branch of category {@code product_version}
 * starts with {@code v} or {@code V} before the version, as the regular expression the specification deems sufficient
 * ({@code ^[vV][0-9].*$}) tells.
 */
public final class UsageOfVAsVersionIndicator extends NumberedTest {

    private static final Pattern V_VERSION = Pattern.compile("^[vV][0-9].*$", Pattern.DOTALL);

    public UsageOfVAsVersionIndicator() {
        super("6.3.11");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductTreeWalk.branches(document, null, new ProductTreeWalk.BranchVisitor<Void>() {
            @Override
            public Void visit(JsonValue branch, String pointer, Void unused) {
                String name = branch.get("name").text();
                if ("product_version".equals(branch.get("category").text()) && name != null
                        && V_VERSION.matcher(name).matches()) {
                    findings.add(pointer + "/name", "The product version " + name + " starts with a v.");
                }
                return null;
            }
        });
    }
}
