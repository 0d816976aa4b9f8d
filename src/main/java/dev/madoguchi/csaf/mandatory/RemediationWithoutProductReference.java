package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.CsafTestGroup;

/**
 * CSAF 2.0 §6.1.29 Remediation without Product Reference: every item of {@code /vulnerabilities[]/remediations}
 * must include {@code group_ids} or {@code product_ids}.
 */
public final class RemediationWithoutProductReference implements CsafTest {

    @Override
    public String id() {
        return "6.1.29";
    }

    @Override
    public CsafTestGroup group() {
        return CsafTestGroup.MANDATORY;
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductReferencePresence.require(document, findings, "remediations", "remediation");
    }
}
