package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.CsafTestGroup;

/**
 * CSAF 2.0 §6.1.32 Flag without Product Reference: every item of {@code /vulnerabilities[]/flags}
 * must include {@code group_ids} or {@code product_ids}.
 */
public final class FlagWithoutProductReference implements CsafTest {

    @Override
    public String id() {
        return "6.1.32";
    }

    @Override
    public CsafTestGroup group() {
        return CsafTestGroup.MANDATORY;
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductReferencePresence.require(document, findings, "flags", "flag");
    }
}
