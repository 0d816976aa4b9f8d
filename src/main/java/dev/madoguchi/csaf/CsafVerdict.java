package dev.madoguchi.csaf;

import java.util.List;

/**
 * What the validator says about one document.
 *
 * @param valid    the document satisfies the schema and passes every mandatory test (CSAF 2.0 §9.1.14)
 * @param findings everything found, schema findings first, then by test in the specification's order
 */
public record CsafVerdict(boolean valid, List<CsafFinding> findings) {

    public CsafVerdict {
        findings = List.copyOf(findings);
    }

    /** Whether a test with this id found anything. */
    public boolean failed(String test) {
        for (CsafFinding finding : findings) {
            if (finding.test().equals(test)) {
                return true;
            }
        }
        return false;
    }
}
