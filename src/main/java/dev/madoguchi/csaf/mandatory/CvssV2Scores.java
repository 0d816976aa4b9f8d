package dev.madoguchi.csaf.mandatory;

import java.util.Map;

/**
 * The scores of a CVSS v2.0 vector as the CVSS v2 guide (§3.2) defines them: base, temporal and environmental score,
 * each rounded to one decimal. Metrics left out of the vector count as "not defined" ({@code ND}), so the temporal
 * score of a vector without temporal metrics is its base score.
 */
record CvssV2Scores(double base, double temporal, double environmental) {

    private static final Map<String, Double> CIA = Map.of("N", 0.0, "P", 0.275, "C", 0.660);
    private static final Map<String, Double> ACCESS_VECTOR = Map.of("L", 0.395, "A", 0.646, "N", 1.0);
    private static final Map<String, Double> ACCESS_COMPLEXITY = Map.of("H", 0.35, "M", 0.61, "L", 0.71);
    private static final Map<String, Double> AUTHENTICATION = Map.of("M", 0.45, "S", 0.56, "N", 0.704);
    private static final Map<String, Double> EXPLOITABILITY = Map.of("U", 0.85, "POC", 0.9, "F", 0.95);
    private static final Map<String, Double> REMEDIATION = Map.of("OF", 0.87, "TF", 0.90, "W", 0.95);
    private static final Map<String, Double> CONFIDENCE = Map.of("UC", 0.90, "UR", 0.95);
    private static final Map<String, Double> DAMAGE = Map.of("N", 0.0, "L", 0.1, "LM", 0.3, "MH", 0.4, "H", 0.5,
            "ND", 0.0);
    private static final Map<String, Double> DISTRIBUTION = Map.of("N", 0.0, "L", 0.25, "M", 0.75);
    private static final Map<String, Double> REQUIREMENT = Map.of("L", 0.5, "H", 1.51);

    /** The scores of {@code vector}, which must be a v2.0 vector. */
    static CvssV2Scores of(CvssVector vector) {
        double c = weight(CIA, vector.code("C"));
        double i = weight(CIA, vector.code("I"));
        double a = weight(CIA, vector.code("A"));
        double exploitability = 20 * weight(ACCESS_VECTOR, vector.code("AV"))
                * weight(ACCESS_COMPLEXITY, vector.code("AC")) * weight(AUTHENTICATION, vector.code("Au"));
        double base = base(10.41 * (1 - (1 - c) * (1 - i) * (1 - a)), exploitability);
        double adjustedImpact = Math.min(10, 10.41 * (1 - (1 - c * weight(REQUIREMENT, vector.code("CR")))
                * (1 - i * weight(REQUIREMENT, vector.code("IR"))) * (1 - a * weight(REQUIREMENT, vector.code("AR")))));
        double adjustedTemporal = temporal(base(adjustedImpact, exploitability), vector);
        double environmental = round((adjustedTemporal + (10 - adjustedTemporal) * weight(DAMAGE, vector.code("CDP")))
                * weight(DISTRIBUTION, vector.code("TD")));
        return new CvssV2Scores(base, temporal(base, vector), environmental);
    }

    private static double base(double impact, double exploitability) {
        return round((0.6 * impact + 0.4 * exploitability - 1.5) * (impact == 0 ? 0 : 1.176));
    }

    private static double temporal(double base, CvssVector vector) {
        return round(base * weight(EXPLOITABILITY, vector.code("E")) * weight(REMEDIATION, vector.code("RL"))
                * weight(CONFIDENCE, vector.code("RC")));
    }

    /** round_to_1_decimal of the guide: half up. */
    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The weight of {@code code} in a metric's table; a code the table lacks ("not defined") weighs 1. */
    private static double weight(Map<String, Double> weights, String code) {
        return weights.getOrDefault(code, 1.0);
    }
}
