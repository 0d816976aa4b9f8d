package dev.madoguchi.csaf.informative;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/** CSAF 2.0 §6.3.3 Missing CVE: each vulnerability gives its CVE ID in {@code cve}. No lookup of the CVE is made. */
public final class MissingCve extends NumberedTest {

    public MissingCve() {
        super("6.3.3");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        VulnerabilityMember.reportMissing(document, "cve", "No CVE ID is given", findings);
    }
}
