package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * CSAF 2.0 §6.1.27.6 Product Status: in a {@code csaf_security_advisory}, every item of {@code /vulnerabilities}
 * must have {@code product_status}. (For {@code csaf_vex}, §6.1.27.7 asks more.)
 */
public final class ProductStatus extends ProfileTest {

    public ProductStatus() {
        super("6.1.27.6", Set.of(SECURITY_ADVISORY));
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        eachVulnerability(document, new BiConsumer<String, JsonValue>() {
            @Override
            public void accept(String pointer, JsonValue vulnerability) {
                if (vulnerability.get("product_status").isMissing()) {
                    findings.add(pointer + "/product_status", "The vulnerability has no product_status, which a "
                            + "document of category csaf_security_advisory requires");
                }
            }
        });
    }
}
