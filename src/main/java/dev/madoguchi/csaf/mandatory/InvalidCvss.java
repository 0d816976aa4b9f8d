package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafFinding;
import dev.madoguchi.csaf.CsafSchema;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.8 Invalid CVSS: each {@code /vulnerabilities[]/scores[]/cvss_v2} and {@code cvss_v3} object must be
 * valid against the FIRST schema it refers to: {@code cvss_v2} against CVSS v2.0, {@code cvss_v3} against v3.0 or v3.1
 * by its {@code version} (by its vector's prefix when the version is neither, v3.1 when that tells nothing either).
 * The bundled schemas do the checking; each place they find is reported under this test.
 */
public final class InvalidCvss extends NumberedTest {

    static final String V2 = "https://www.first.org/cvss/cvss-v2.0.json";
    static final String V30 = "https://www.first.org/cvss/cvss-v3.0.json";
    static final String V31 = "https://www.first.org/cvss/cvss-v3.1.json";

    public InvalidCvss() {
        super("6.1.8");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        if (document.knownToSatisfySchema()) {
            // The CSAF schema refers each cvss_v2 to the CVSS v2.0 schema and each cvss_v3 to exactly one of the
            // v3.0 and v3.1 schemas, told apart by their "version" constants: a document satisfying it has nothing
            // for this test to find.
            return;
        }
        for (CvssObject cvss : CvssObject.all(document)) {
            String schema = schema(cvss);
            String name = schema.equals(V2) ? "CVSS v2.0" : schema.equals(V30) ? "CVSS v3.0" : "CVSS v3.1";
            for (CsafFinding finding : CsafSchema.bundled().validate(schema, cvss.value(), cvss.path())) {
                findings.add(finding.path(), "not valid against the " + name + " schema: " + finding.message());
            }
        }
    }

    private static String schema(CvssObject cvss) {
        if (cvss.v2()) {
            return V2;
        }
        String version = cvss.value().get("version").text();
        if ("3.0".equals(version)) {
            return V30;
        }
        String vector = cvss.value().get("vectorString").text();
        return !"3.1".equals(version) && vector != null && vector.startsWith("CVSS:3.0/") ? V30 : V31;
    }
}
