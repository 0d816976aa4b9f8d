package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.10 Inconsistent CVSS: the properties of a CVSS object must not contradict its {@code vectorString}.
 * Each metric property that is given (such as {@code attackVector} or {@code modifiedScope}) must name the value the
 * vector gives that metric; a metric the vector leaves out is "not defined", so a property that gives it a value
 * other than {@code NOT_DEFINED} contradicts the vector too. A {@code cvss_v3} {@code version} must match the
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
