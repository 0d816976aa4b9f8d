package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import java.util.Set;

/**
 * CSAF 2.0 §6.1.27.3 Vulnerabilities (the one for {@code csaf_informational_advisory}; CSAF 2.1 titles it
 * "Vulnerabilities for Informational Advisory"): such a document must not have {@code /vulnerabilities} at all.
 */
public final class VulnerabilitiesForInformationalAdvisory extends ProfileTest {

    public VulnerabilitiesForInformationalAdvisory() {
        super("6.1.27.3", Set.of(INFORMATIONAL_ADVISORY));
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        if (document.vulnerabilities().exists()) {
            findings.add("/vulnerabilities",
                    "A document of category csaf_informational_advisory must not have /vulnerabilities");
        }
    }
}
