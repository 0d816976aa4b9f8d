package dev.madoguchi.cvss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics and values each CVSS version allows in a vector string, checked before scoring so that a rejection
 * names the failing metric: CVSS v2 guide §2.4 (Base, Temporal, Environmental Vectors), CVSS v3.0 and v3.1
 * specifications §6 (Vector String) with the values of v3.1 §7.4 (Metric Values), CVSS v4.0 specification
 * Vector String section. Every base metric is mandatory and appears once; the others are optional and also appear
 * at most once.
 */
final class CvssGrammar {

    /** One metric of a version: its abbreviation, its name in the specification, its allowed values. */
    record Metric(String key, String name, List<String> values, boolean mandatory) {

        String description() {
            return key + " (" + name + ")";
        }

        String allowed() {
            if (values.size() == 1) {
                return values.get(0);
            }
            return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
        }
    }

    private static final Map<String, Map<String, Metric>> METRICS = Map.of(
            "2.0", v2(), "3.0", v3(), "3.1", v3(), "4.0", v4());

    private CvssGrammar() {
    }

    /**
     * Checks the metric segments of a vector (the part after the {@code CVSS:x.y/} prefix; the whole vector for v2).
     *
     * @throws InvalidCvssVectorException naming the empty or malformed segment, the unknown, repeated or missing
     *         metric, or the value that the metric does not allow together with the values it does
     */
    /** The mandatory (base) metrics of a version, in vector order. */
    static List<Metric> baseMetrics(String version) {
        Map<String, Metric> metrics = METRICS.get(version);
        if (metrics == null) {
            throw new IllegalArgumentException("no CVSS grammar for version " + version);
        }
        return metrics.values().stream().filter(Metric::mandatory).toList();
    }

    static void check(String version, String body) {
        Map<String, Metric> metrics = METRICS.get(version);
        String label = "CVSS v" + version;
        Map<String, String> seen = new LinkedHashMap<>();
        for (String segment : body.split("/", -1)) {
            if (segment.isEmpty()) {
                throw new InvalidCvssVectorException(
                        "The vector has an empty part: metrics are separated by single slashes, with none at the end.");
            }
            int colon = segment.indexOf(':');
            if (colon <= 0 || colon == segment.length() - 1) {
                throw new InvalidCvssVectorException(
                        "\"" + segment + "\" is not METRIC:VALUE (for example AV:N).");
            }
            String key = segment.substring(0, colon);
            String value = segment.substring(colon + 1);
            Metric metric = metrics.get(key);
            if (metric == null) {
                throw new InvalidCvssVectorException(key + " is not a metric of " + label + caseHint(metrics, key)
                        + "; its base metrics are " + String.join(", ", mandatory(metrics)) + ".");
            }
            if (seen.put(key, value) != null) {
                throw new InvalidCvssVectorException(metric.description() + " appears more than once; "
                        + "each metric may appear only once in a vector.");
            }
            if (!metric.values().contains(value)) {
                throw new InvalidCvssVectorException(segment + " is not a value of " + metric.description()
                        + ": use " + metric.allowed() + ".");
            }
        }
        List<String> missing = new ArrayList<>();
        for (Metric metric : metrics.values()) {
            if (metric.mandatory() && !seen.containsKey(metric.key())) {
                missing.add(metric.description());
            }
        }
        if (missing.size() == 1) {
            throw new InvalidCvssVectorException("The mandatory base metric " + missing.get(0) + " is missing.");
        }
        if (!missing.isEmpty()) {
            throw new InvalidCvssVectorException(
                    "The mandatory base metrics " + String.join(", ", missing) + " are missing.");
        }
    }

    private static String caseHint(Map<String, Metric> metrics, String key) {
        return metrics.keySet().stream().filter(k -> k.equalsIgnoreCase(key)).findFirst()
                .map(k -> " (metric names are case-sensitive: " + k + ")").orElse("");
    }

    private static List<String> mandatory(Map<String, Metric> metrics) {
        return metrics.values().stream().filter(Metric::mandatory).map(Metric::key).toList();
    }

    /** CVSS v2 guide §2.1-2.3 (metric values) and §2.4 (vector form). */
    private static Map<String, Metric> v2() {
        Map<String, Metric> m = new LinkedHashMap<>();
        base(m, "AV", "Access Vector", "L", "A", "N");
        base(m, "AC", "Access Complexity", "H", "M", "L");
        base(m, "Au", "Authentication", "M", "S", "N");
        base(m, "C", "Confidentiality Impact", "N", "P", "C");
        base(m, "I", "Integrity Impact", "N", "P", "C");
        base(m, "A", "Availability Impact", "N", "P", "C");
        optional(m, "E", "Exploitability", "U", "POC", "F", "H", "ND");
        optional(m, "RL", "Remediation Level", "OF", "TF", "W", "U", "ND");
        optional(m, "RC", "Report Confidence", "UC", "UR", "C", "ND");
        optional(m, "CDP", "Collateral Damage Potential", "N", "L", "LM", "MH", "H", "ND");
        optional(m, "TD", "Target Distribution", "N", "L", "M", "H", "ND");
        optional(m, "CR", "Confidentiality Requirement", "L", "M", "H", "ND");
        optional(m, "IR", "Integrity Requirement", "L", "M", "H", "ND");
        optional(m, "AR", "Availability Requirement", "L", "M", "H", "ND");
        return Collections.unmodifiableMap(m);
    }

    /** CVSS v3.1 specification §7.4 (Metric Values); v3.0 defines the same metrics and values. */
    private static Map<String, Metric> v3() {
        Map<String, Metric> m = new LinkedHashMap<>();
        base(m, "AV", "Attack Vector", "N", "A", "L", "P");
        base(m, "AC", "Attack Complexity", "L", "H");
        base(m, "PR", "Privileges Required", "N", "L", "H");
        base(m, "UI", "User Interaction", "N", "R");
        base(m, "S", "Scope", "U", "C");
        base(m, "C", "Confidentiality", "H", "L", "N");
        base(m, "I", "Integrity", "H", "L", "N");
        base(m, "A", "Availability", "H", "L", "N");
        optional(m, "E", "Exploit Code Maturity", "X", "H", "F", "P", "U");
        optional(m, "RL", "Remediation Level", "X", "U", "W", "T", "O");
        optional(m, "RC", "Report Confidence", "X", "C", "R", "U");
        optional(m, "CR", "Confidentiality Requirement", "X", "H", "M", "L");
        optional(m, "IR", "Integrity Requirement", "X", "H", "M", "L");
        optional(m, "AR", "Availability Requirement", "X", "H", "M", "L");
        optional(m, "MAV", "Modified Attack Vector", "X", "N", "A", "L", "P");
        optional(m, "MAC", "Modified Attack Complexity", "X", "L", "H");
        optional(m, "MPR", "Modified Privileges Required", "X", "N", "L", "H");
        optional(m, "MUI", "Modified User Interaction", "X", "N", "R");
        optional(m, "MS", "Modified Scope", "X", "U", "C");
        optional(m, "MC", "Modified Confidentiality", "X", "H", "L", "N");
        optional(m, "MI", "Modified Integrity", "X", "H", "L", "N");
        optional(m, "MA", "Modified Availability", "X", "H", "L", "N");
        return Collections.unmodifiableMap(m);
    }

    /** CVSS v4.0 specification: Base (§2), Threat (§3), Environmental (§4) and Supplemental (§5) metrics. */
    private static Map<String, Metric> v4() {
        Map<String, Metric> m = new LinkedHashMap<>();
        base(m, "AV", "Attack Vector", "N", "A", "L", "P");
        base(m, "AC", "Attack Complexity", "L", "H");
        base(m, "AT", "Attack Requirements", "N", "P");
        base(m, "PR", "Privileges Required", "N", "L", "H");
        base(m, "UI", "User Interaction", "N", "P", "A");
        base(m, "VC", "Vulnerable System Confidentiality", "H", "L", "N");
        base(m, "VI", "Vulnerable System Integrity", "H", "L", "N");
        base(m, "VA", "Vulnerable System Availability", "H", "L", "N");
        base(m, "SC", "Subsequent System Confidentiality", "H", "L", "N");
        base(m, "SI", "Subsequent System Integrity", "H", "L", "N");
        base(m, "SA", "Subsequent System Availability", "H", "L", "N");
        optional(m, "E", "Exploit Maturity", "X", "A", "P", "U");
        optional(m, "CR", "Confidentiality Requirement", "X", "H", "M", "L");
        optional(m, "IR", "Integrity Requirement", "X", "H", "M", "L");
        optional(m, "AR", "Availability Requirement", "X", "H", "M", "L");
        optional(m, "MAV", "Modified Attack Vector", "X", "N", "A", "L", "P");
        optional(m, "MAC", "Modified Attack Complexity", "X", "L", "H");
        optional(m, "MAT", "Modified Attack Requirements", "X", "N", "P");
        optional(m, "MPR", "Modified Privileges Required", "X", "N", "L", "H");
        optional(m, "MUI", "Modified User Interaction", "X", "N", "P", "A");
        optional(m, "MVC", "Modified Vulnerable System Confidentiality", "X", "H", "L", "N");
        optional(m, "MVI", "Modified Vulnerable System Integrity", "X", "H", "L", "N");
        optional(m, "MVA", "Modified Vulnerable System Availability", "X", "H", "L", "N");
        optional(m, "MSC", "Modified Subsequent System Confidentiality", "X", "H", "L", "N");
        optional(m, "MSI", "Modified Subsequent System Integrity", "X", "S", "H", "L", "N");
        optional(m, "MSA", "Modified Subsequent System Availability", "X", "S", "H", "L", "N");
        optional(m, "S", "Safety", "X", "N", "P");
        optional(m, "AU", "Automatable", "X", "N", "Y");
        optional(m, "R", "Recovery", "X", "A", "U", "I");
        optional(m, "V", "Value Density", "X", "D", "C");
        optional(m, "RE", "Vulnerability Response Effort", "X", "L", "M", "H");
        optional(m, "U", "Provider Urgency", "X", "Clear", "Green", "Amber", "Red");
        return Collections.unmodifiableMap(m);
    }

    private static void base(Map<String, Metric> m, String key, String name, String... values) {
        m.put(key, new Metric(key, name, List.of(values), true));
    }

    private static void optional(Map<String, Metric> m, String key, String name, String... values) {
        m.put(key, new Metric(key, name, List.of(values), false));
    }
}
