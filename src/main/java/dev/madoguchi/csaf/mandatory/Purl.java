package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductIds;

/**
 * CSAF 2.0 §6.1.13 PURL: the {@code product_identification_helper/purl} of every Full Product Name (in the branches at
 * any depth, {@code full_product_names} and relationships) is a valid package URL as {@link PackageUrlSyntax} checks
 * it. Values that are no string are left to the schema.
 */
public final class Purl extends NumberedTest {

    public Purl() {
        super("6.1.13");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        for (ProductIds.Definition product : ProductIds.of(document).products()) {
            String purl = product.value().get("product_identification_helper").get("purl").text();
            String problem = purl == null ? null : PackageUrlSyntax.problem(purl);
            if (problem != null) {
                findings.add(JsonPointer.member(JsonPointer.member(product.pointer(), "product_identification_helper"),
                        "purl"), "The purl \"" + purl + "\" is not a valid package URL: " + problem + ".");
            }
        }
    }
}
