package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductTreeWalk;
import dev.madoguchi.csaf.JsonValue;
import java.util.function.BiConsumer;

/**
 * CSAF 2.0 §6.2.16 Missing Product Identification Helper: each Full Product Name (in the branches,
 * {@code full_product_names} or a relationship) has a {@code product_identification_helper}.
 */
public final class MissingProductIdentificationHelper extends NumberedTest {

    public MissingProductIdentificationHelper() {
        super("6.2.16");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductTreeWalk.fullProductNames(document, new BiConsumer<JsonValue, String>() {
            @Override
            public void accept(JsonValue product, String pointer) {
                if (!product.get("product_identification_helper").exists()) {
                    findings.add(pointer, "The product " + product.get("product_id")
                            + " has no product identification helper.");
                }
            }
        });
    }
}
