package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;

/**
 * CSAF 2.0 §6.1.27.11 Vulnerabilities (the one for {@code csaf_security_advisory} and {@code csaf_vex}; CSAF 2.1
 * titles it "Vulnerabilities for Security Advisory or VEX"): such a document must have {@code /vulnerabilities}.
 */
public final class VulnerabilitiesForSecurityAdvisoryOrVex extends ProfileTest {

    public VulnerabilitiesForSecurityAdvisoryOrVex() {
        super("6.1.27.11", ADVISORY_OR_VEX);
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        if (document.vulnerabilities().isMissing()) {
            findings.add("/vulnerabilities", "A document of category " + document.category()
                    + " must have /vulnerabilities; it is missing");
        }
    }
}
