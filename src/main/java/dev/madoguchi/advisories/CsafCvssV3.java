package dev.madoguchi.advisories;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code cvss_v3} object of a CSAF score (CSAF 2.0 §3.2.3.13, FIRST's JSON schema for CVSS v3.0 and v3.1): the
 * four required properties and the base metrics spelled out from the vector, so that what the object says and what
 * its vector says cannot differ (tests 6.1.9 "Invalid CVSS computation" and 6.1.10 "Inconsistent CVSS"). Temporal and
 * environmental metrics a vector may carry stay in {@code vectorString} only; the schema does not ask for them.
 */
final class CsafCvssV3 {

    /** Metric abbreviation of the vector → property name of the schema and the names of its values. */
    private static final Map<String, Metric> BASE = Map.of(
            "AV", new Metric("attackVector", Map.of("N", "NETWORK", "A", "ADJACENT_NETWORK", "L", "LOCAL",
                    "P", "PHYSICAL")),
            "AC", new Metric("attackComplexity", Map.of("L", "LOW", "H", "HIGH")),
            "PR", new Metric("privilegesRequired", Map.of("N", "NONE", "L", "LOW", "H", "HIGH")),
            "UI", new Metric("userInteraction", Map.of("N", "NONE", "R", "REQUIRED")),
            "S", new Metric("scope", Map.of("U", "UNCHANGED", "C", "CHANGED")),
            "C", new Metric("confidentialityImpact", Map.of("N", "NONE", "L", "LOW", "H", "HIGH")),
            "I", new Metric("integrityImpact", Map.of("N", "NONE", "L", "LOW", "H", "HIGH")),
            "A", new Metric("availabilityImpact", Map.of("N", "NONE", "L", "LOW", "H", "HIGH")));

    private record Metric(String property, Map<String, String> values) {
    }

    private CsafCvssV3() {
    }

    /** Whether a score of this CVSS version has a place in a CSAF 2.0 document's {@code cvss_v3}. */
    static boolean applies(AdvisorySnapshot.Score score) {
        return score.version().equals("3.1") || score.version().equals("3.0");
    }

    static Map<String, Object> of(AdvisorySnapshot.Score score) {
        Map<String, Object> cvss = new TreeMap<>();
        cvss.put("version", score.version());
        cvss.put("vectorString", score.vector());
        cvss.put("baseScore", BigDecimal.valueOf(score.score()).setScale(1, java.math.RoundingMode.HALF_UP));
        cvss.put("baseSeverity", score.severity().toUpperCase(java.util.Locale.ROOT));
        String[] parts = score.vector().split("/");
        for (int i = 1; i < parts.length; i++) {
            String[] metric = parts[i].split(":", 2);
            Metric known = BASE.get(metric[0]);
            if (known != null && metric.length == 2 && known.values().containsKey(metric[1])) {
                cvss.put(known.property(), known.values().get(metric[1]));
            }
        }
        return cvss;
    }
}
