package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.32 Flag without Product Reference: every item of {@code /vulnerabilities[]/flags}
 * must include {@code group_ids} or {@code product_ids}.
 */
public final class FlagWithoutProductReference extends NumberedTest {

    public FlagWithoutProductReference() {
        super("6.1.32");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductReferencePresence.require(document, findings, "flags", "flag");
    }
}
