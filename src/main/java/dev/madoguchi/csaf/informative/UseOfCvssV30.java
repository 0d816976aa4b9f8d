package dev.madoguchi.csaf.informative;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.optional.VulnerabilityItems;

/**
 * CSAF 2.0 §6.3.2 Use of CVSS v3.0: no {@code cvss_v3} object of a score uses CVSS v3.0, by its {@code version}
 * ({@code 3.0}) or by its {@code vectorString} (prefix {@code CVSS:3.0/}); CVSS v3.1 is recommended. The finding points
 * at whichever of the two says 3.0, the version first.
 */
public final class UseOfCvssV30 extends NumberedTest {

    public UseOfCvssV30() {
        super("6.3.2");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        VulnerabilityItems.forEachItem(document, "scores", new VulnerabilityItems.Visitor() {
            @Override
            public void visit(JsonValue score, String pointer, int v) {
                JsonValue cvss = score.get("cvss_v3");
                String vector = cvss.get("vectorString").text();
                if ("3.0".equals(cvss.get("version").text())) {
                    findings.add(pointer + "/cvss_v3/version", "CVSS v3.0 is used; CVSS v3.1 is recommended.");
                } else if (vector != null && vector.startsWith("CVSS:3.0/")) {
                    findings.add(pointer + "/cvss_v3/vectorString", "The vector " + vector
                            + " uses CVSS v3.0; CVSS v3.1 is recommended.");
                }
            }
        });
    }
}
