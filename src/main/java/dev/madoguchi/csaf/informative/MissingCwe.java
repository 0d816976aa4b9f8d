package dev.madoguchi.csaf.informative;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/** CSAF 2.0 §6.3.4 Missing CWE: each vulnerability gives its weakness in {@code cwe}. No lookup of the CWE is made. */
public final class MissingCwe extends NumberedTest {

    public MissingCwe() {
        super("6.3.4");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        VulnerabilityMember.reportMissing(document, "cwe", "No CWE is given", findings);
    }
}
