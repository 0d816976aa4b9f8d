package dev.madoguchi.csaf.mandatory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One metric of a CVSS vector: its abbreviation in the vector string, the property that repeats it in the FIRST JSON
 * schema of the CVSS object, and the property value each vector code stands for.
 *
 * @param key      the abbreviation in the vector, e.g. {@code AV}
 * @param property the property of the FIRST schema, e.g. {@code attackVector}
 * @param base     whether the vector must carry it (a base metric); the others default to "not defined"
 * @param values   vector code to property value, e.g. {@code N} to {@code NETWORK}
 */
record CvssMetric(String key, String property, boolean base, Map<String, String> values) {

    /** The metrics of CVSS v2.0 (CVSS v2 guide §2, FIRST cvss-v2.0.json); "not defined" is {@code ND}. */
    static final List<CvssMetric> V2 = List.of(
            base("AV", "accessVector", "L", "LOCAL", "A", "ADJACENT_NETWORK", "N", "NETWORK"),
            base("AC", "accessComplexity", "H", "HIGH", "M", "MEDIUM", "L", "LOW"),
            base("Au", "authentication", "M", "MULTIPLE", "S", "SINGLE", "N", "NONE"),
            base("C", "confidentialityImpact", "N", "NONE", "P", "PARTIAL", "C", "COMPLETE"),
            base("I", "integrityImpact", "N", "NONE", "P", "PARTIAL", "C", "COMPLETE"),
            base("A", "availabilityImpact", "N", "NONE", "P", "PARTIAL", "C", "COMPLETE"),
            optional("E", "exploitability", "U", "UNPROVEN", "POC", "PROOF_OF_CONCEPT", "F", "FUNCTIONAL", "H", "HIGH",
                    "ND", "NOT_DEFINED"),
            optional("RL", "remediationLevel", "OF", "OFFICIAL_FIX", "TF", "TEMPORARY_FIX", "W", "WORKAROUND", "U",
                    "UNAVAILABLE", "ND", "NOT_DEFINED"),
            optional("RC", "reportConfidence", "UC", "UNCONFIRMED", "UR", "UNCORROBORATED", "C", "CONFIRMED", "ND",
                    "NOT_DEFINED"),
            optional("CDP", "collateralDamagePotential", "N", "NONE", "L", "LOW", "LM", "LOW_MEDIUM", "MH",
                    "MEDIUM_HIGH", "H", "HIGH", "ND", "NOT_DEFINED"),
            optional("TD", "targetDistribution", "N", "NONE", "L", "LOW", "M", "MEDIUM", "H", "HIGH", "ND",
                    "NOT_DEFINED"),
            optional("CR", "confidentialityRequirement", "L", "LOW", "M", "MEDIUM", "H", "HIGH", "ND", "NOT_DEFINED"),
            optional("IR", "integrityRequirement", "L", "LOW", "M", "MEDIUM", "H", "HIGH", "ND", "NOT_DEFINED"),
            optional("AR", "availabilityRequirement", "L", "LOW", "M", "MEDIUM", "H", "HIGH", "ND", "NOT_DEFINED"));

    /** The metrics of CVSS v3.0 and v3.1 (specification §2–§4, FIRST cvss-v3.x.json); "not defined" is X. */
    static final List<CvssMetric> V3 = List.of(
            base("AV", "attackVector", "N", "NETWORK", "A", "ADJACENT_NETWORK", "L", "LOCAL", "P", "PHYSICAL"),
            base("AC", "attackComplexity", "L", "LOW", "H", "HIGH"),
            base("PR", "privilegesRequired", "N", "NONE", "L", "LOW", "H", "HIGH"),
            base("UI", "userInteraction", "N", "NONE", "R", "REQUIRED"),
            base("S", "scope", "U", "UNCHANGED", "C", "CHANGED"),
            base("C", "confidentialityImpact", "N", "NONE", "L", "LOW", "H", "HIGH"),
            base("I", "integrityImpact", "N", "NONE", "L", "LOW", "H", "HIGH"),
            base("A", "availabilityImpact", "N", "NONE", "L", "LOW", "H", "HIGH"),
            optional("E", "exploitCodeMaturity", "X", "NOT_DEFINED", "U", "UNPROVEN", "P", "PROOF_OF_CONCEPT", "F",
                    "FUNCTIONAL", "H", "HIGH"),
            optional("RL", "remediationLevel", "X", "NOT_DEFINED", "O", "OFFICIAL_FIX", "T", "TEMPORARY_FIX", "W",
                    "WORKAROUND", "U", "UNAVAILABLE"),
            optional("RC", "reportConfidence", "X", "NOT_DEFINED", "U", "UNKNOWN", "R", "REASONABLE", "C",
                    "CONFIRMED"),
            optional("CR", "confidentialityRequirement", "X", "NOT_DEFINED", "L", "LOW", "M", "MEDIUM", "H", "HIGH"),
            optional("IR", "integrityRequirement", "X", "NOT_DEFINED", "L", "LOW", "M", "MEDIUM", "H", "HIGH"),
            optional("AR", "availabilityRequirement", "X", "NOT_DEFINED", "L", "LOW", "M", "MEDIUM", "H", "HIGH"),
            optional("MAV", "modifiedAttackVector", "X", "NOT_DEFINED", "N", "NETWORK", "A", "ADJACENT_NETWORK", "L",
                    "LOCAL", "P", "PHYSICAL"),
            optional("MAC", "modifiedAttackComplexity", "X", "NOT_DEFINED", "L", "LOW", "H", "HIGH"),
            optional("MPR", "modifiedPrivilegesRequired", "X", "NOT_DEFINED", "N", "NONE", "L", "LOW", "H", "HIGH"),
            optional("MUI", "modifiedUserInteraction", "X", "NOT_DEFINED", "N", "NONE", "R", "REQUIRED"),
            optional("MS", "modifiedScope", "X", "NOT_DEFINED", "U", "UNCHANGED", "C", "CHANGED"),
            optional("MC", "modifiedConfidentialityImpact", "X", "NOT_DEFINED", "N", "NONE", "L", "LOW", "H", "HIGH"),
            optional("MI", "modifiedIntegrityImpact", "X", "NOT_DEFINED", "N", "NONE", "L", "LOW", "H", "HIGH"),
            optional("MA", "modifiedAvailabilityImpact", "X", "NOT_DEFINED", "N", "NONE", "L", "LOW", "H", "HIGH"));

    private static CvssMetric base(String key, String property, String... codesAndValues) {
        return new CvssMetric(key, property, true, pairs(codesAndValues));
    }

    private static CvssMetric optional(String key, String property, String... codesAndValues) {
        return new CvssMetric(key, property, false, pairs(codesAndValues));
    }

    private static Map<String, String> pairs(String... codesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put(codesAndValues[i], codesAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(values);
    }
}
