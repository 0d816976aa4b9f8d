package dev.madoguchi.csaf.mandatory;

import java.util.Map;

/**
 * The scores of a CVSS v3.0 or v3.1 vector as the FIRST specifications define them (v3.0 §8, v3.1 §7 and Appendix A):
 * base, temporal and environmental score, with v3.0's round-up to one decimal ({@code ceil(x * 10) / 10}) or v3.1's
 * Roundup that first cuts floating-point noise, in the order of operations of FIRST's reference calculators.
 * Metrics left out of the vector count as "not defined", so the temporal score of a vector without temporal metrics is
 * its base score, and so on.
 */
record CvssV3Scores(double base, double temporal, double environmental) {

    private static final Map<String, Double> CIA = Map.of("H", 0.56, "L", 0.22, "N", 0.0);
    private static final Map<String, Double> ATTACK_VECTOR = Map.of("N", 0.85, "A", 0.62, "L", 0.55, "P", 0.2);
    private static final Map<String, Double> ATTACK_COMPLEXITY = Map.of("L", 0.77, "H", 0.44);
    private static final Map<String, Double> PRIVILEGES = Map.of("N", 0.85, "L", 0.62, "H", 0.27);
    private static final Map<String, Double> PRIVILEGES_SCOPE_CHANGED = Map.of("N", 0.85, "L", 0.68, "H", 0.5);
    private static final Map<String, Double> USER_INTERACTION = Map.of("N", 0.85, "R", 0.62);
    private static final Map<String, Double> EXPLOIT_CODE = Map.of("U", 0.91, "P", 0.94, "F", 0.97);
    private static final Map<String, Double> REMEDIATION = Map.of("O", 0.95, "T", 0.96, "W", 0.97);
    private static final Map<String, Double> CONFIDENCE = Map.of("U", 0.92, "R", 0.96);
    private static final Map<String, Double> REQUIREMENT = Map.of("L", 0.5, "H", 1.5);

    /** The scores of {@code vector}, which must be a v3.0 or v3.1 vector. */
    static CvssV3Scores of(CvssVector vector) {
        boolean v31 = vector.version().equals("3.1");
        double base = capped(vector, false, v31);
        double environmental = roundUp(temporal(capped(vector, true, v31), vector), v31);
        return new CvssV3Scores(base, roundUp(temporal(base, vector), v31), environmental);
    }

    /**
     * The base score, or with {@code modified} the environmental score before its temporal factor: Roundup(min(impact
     * + exploitability, 10)), the sum × 1.08 for a changed scope, 0 without impact; modified metrics and security
     * requirements count for the environmental score.
     */
    private static double capped(CvssVector vector, boolean modified, boolean v31) {
        boolean changed = code(vector, modified, "S", "MS").equals("C");
        double iss = Math.min(1 - (1 - impact(vector, "C", "MC", "CR", modified))
                * (1 - impact(vector, "I", "MI", "IR", modified))
                * (1 - impact(vector, "A", "MA", "AR", modified)), 0.915);
        double impact = !changed ? 6.42 * iss
                : modified && v31 ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss * 0.9731 - 0.02, 13)
                : 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15);
        double exploitability = 8.22 * weight(ATTACK_VECTOR, code(vector, modified, "AV", "MAV"))
                * weight(ATTACK_COMPLEXITY, code(vector, modified, "AC", "MAC"))
                * weight(changed ? PRIVILEGES_SCOPE_CHANGED : PRIVILEGES, code(vector, modified, "PR", "MPR"))
                * weight(USER_INTERACTION, code(vector, modified, "UI", "MUI"));
        return impact <= 0 ? 0 : roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10), v31);
    }

    /**
     * The weight of impact metric {@code key} ({@code C}, {@code I}, {@code A}; {@code modifiedKey} {@code MC}...),
     * × its security requirement ({@code CR}...) if modified.
     */
    private static double impact(CvssVector vector, String key, String modifiedKey, String requirementKey,
            boolean modified) {
        double weight = weight(CIA, code(vector, modified, key, modifiedKey));
        return modified ? weight * weight(REQUIREMENT, vector.code(requirementKey)) : weight;
    }

    /** {@code score × E × RL × RC}, multiplied left to right as the reference calculators do. */
    private static double temporal(double score, CvssVector vector) {
        return score * weight(EXPLOIT_CODE, vector.code("E")) * weight(REMEDIATION, vector.code("RL"))
                * weight(CONFIDENCE, vector.code("RC"));
    }

    /** The qualitative rating of a v3 score (specification §5): NONE, LOW, MEDIUM, HIGH or CRITICAL. */
    static String severity(double score) {
        return score == 0 ? "NONE" : score < 4 ? "LOW" : score < 7 ? "MEDIUM" : score < 9 ? "HIGH" : "CRITICAL";
    }

    /** v3.1 Appendix A Roundup, or v3.0's plain round-up to one decimal. */
    static double roundUp(double value, boolean v31) {
        if (!v31) {
            return Math.ceil(value * 10) / 10;
        }
        long scaled = Math.round(value * 100_000);
        return scaled % 10_000 == 0 ? scaled / 100_000.0 : (Math.floor(scaled / 10_000.0) + 1) / 10.0;
    }

    /**
     * The code of metric {@code key}, or with {@code modified} the code of its modified metric {@code modifiedKey}
     * ({@code M} + key, spelled out by the callers so that no key is built per score) if one is given.
     */
    private static String code(CvssVector vector, boolean modified, String key, String modifiedKey) {
        if (!modified) {
            return vector.code(key);
        }
        String code = vector.code(modifiedKey);
        return code.equals("X") ? vector.code(key) : code;
    }

    /** The weight of {@code code} in a metric's table; a code the table lacks ("not defined") weighs 1. */
    private static double weight(Map<String, Double> weights, String code) {
        return weights.getOrDefault(code, 1.0);
    }
}
