package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.math.BigDecimal;

/**
 * CSAF 2.0 §6.1.9 Invalid CVSS computation: the scores and severities given in a CVSS object must be the ones its
 * {@code vectorString} yields (the vector takes precedence over the other properties). Recomputes, by the CVSS v2.0
 * guide and the v3.0 / v3.1 specifications (the v3 version from the vector's prefix), the base, temporal and
 * environmental score of {@code cvss_v2} and {@code cvss_v3} and the three severities of {@code cvss_v3}, and reports
 * each given value that differs; a metric the vector leaves out is "not defined", so a temporal score given with a
 * vector without temporal metrics must equal the base score. Scores are compared by value ({@code 10} equals
 * {@code 10.0}). An object whose vector string cannot be read is left to §6.1.8; values of the wrong type are left to
 * the schema.
 */
public final class InvalidCvssComputation extends NumberedTest {

    public InvalidCvssComputation() {
        super("6.1.9");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        for (CvssObject cvss : CvssObject.withVector(document)) {
            CvssVector vector = cvss.vector();
            if (cvss.v2()) {
                CvssV2Scores scores = CvssV2Scores.of(vector);
                score(cvss, "baseScore", scores.base(), findings);
                score(cvss, "temporalScore", scores.temporal(), findings);
                score(cvss, "environmentalScore", scores.environmental(), findings);
            } else {
                CvssV3Scores scores = CvssV3Scores.of(vector);
                score(cvss, "baseScore", scores.base(), findings);
                severity(cvss, "baseSeverity", scores.base(), findings);
                score(cvss, "temporalScore", scores.temporal(), findings);
                severity(cvss, "temporalSeverity", scores.temporal(), findings);
                score(cvss, "environmentalScore", scores.environmental(), findings);
                severity(cvss, "environmentalSeverity", scores.environmental(), findings);
            }
        }
    }

    private static void score(CvssObject cvss, String name, double expected, Findings findings) {
        if (cvss.value().get(name) instanceof JsonValue.Num given
                && given.value().compareTo(BigDecimal.valueOf(expected)) != 0) {
            findings.add(cvss.path(name), name + " " + given.literal() + " is not the " + expected + " that "
                    + cvss.vectorString() + " yields");
        }
    }

    private static void severity(CvssObject cvss, String name, double score, Findings findings) {
        String given = cvss.value().get(name).text();
        String expected = CvssV3Scores.severity(score);
        if (cvss.value().get(name).isString() && !expected.equals(given)) {
            findings.add(cvss.path(name), name + " " + given + " is not the " + expected + " that "
                    + cvss.vectorString() + " yields (score " + score + ")");
        }
    }
}
