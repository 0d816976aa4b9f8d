package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.29 Remediation without Product Reference: every item of {@code /vulnerabilities[]/remediations}
 * must include {@code group_ids} or {@code product_ids}.
 */
public final class RemediationWithoutProductReference extends NumberedTest {

    public RemediationWithoutProductReference() {
        super("6.1.29");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductReferencePresence.require(document, findings, "remediations", "remediation");
    }
}
