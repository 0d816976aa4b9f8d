package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.10 Inconsistent CVSS: the properties of a CVSS object must not contradict its {@code vectorString}.
 * Each metric property that the vector also states (such as {@code attackVector}, or {@code modifiedScope} when the
 * vector has {@code MS:}) must name the value the vector gives it. A property for a metric the vector leaves out is
 * not compared: the OASIS test documents (e.g. those of §6.2.19) give environmental properties beside base-only vectors
 * and are meant to be valid, and the BSI reference validator reads the test the same way. A {@code cvss_v3}
 * {@code version} must match the
 * vector's prefix ({@code CVSS:3.0/} or {@code CVSS:3.1/}). Objects whose vector cannot be read are left to §6.1.8.
 */
public final class InconsistentCvss extends NumberedTest {

    public InconsistentCvss() {
        super("6.1.10");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        for (CvssObject cvss : CvssObject.withVector(document)) {
            CvssVector vector = cvss.vector();
            JsonValue version = cvss.value().get("version");
            if (!cvss.v2() && version.isString() && !version.text().equals(vector.version())) {
                findings.add(cvss.path("version"), "version " + version.text() + " contradicts the vector "
                        + cvss.vectorString() + " of CVSS " + vector.version());
            }
            for (CvssMetric metric : vector.metrics()) {
                if (!vector.names(metric.key())) {
                    continue;
                }
                JsonValue given = cvss.value().get(metric.property());
                String expected = metric.values().get(vector.code(metric.key()));
                if (given.isString() && !given.text().equals(expected)) {
                    findings.add(cvss.path(metric.property()), metric.property() + " " + given.text()
                            + " contradicts the vector " + cvss.vectorString() + ", which gives " + metric.key() + ":"
                            + vector.code(metric.key()) + " (" + expected + ")");
                }
            }
        }
    }
}
