package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.JsonValue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a CVSS object of a score ({@code cvss_v2} or {@code cvss_v3}) has an environmental score of {@code 0}: its
 * {@code environmentalScore} is 0, or, when that is not given, its metrics make it 0. For CVSS v3.x that is when the
 * effective modified confidentiality, integrity and availability impacts are all None (each modified metric from its
 * property, else from the vector, else falling back to the base metric, as "not defined" does). For CVSS v2 it is when
 * the target distribution is None, or when the base impacts are all None and there is no collateral damage potential.
 */
final class CvssEnvironment {

    private CvssEnvironment() {
    }

    static boolean isZero(JsonValue cvss, boolean v2) {
        JsonValue score = cvss.get("environmentalScore");
        if (score instanceof JsonValue.Num number) {
            return number.value().signum() == 0;
        }
        Map<String, String> vector = vector(cvss.get("vectorString").text());
        if (v2) {
            if (isNone(metric(cvss, vector, "targetDistribution", "TD"))) {
                return true;
            }
            String damage = metric(cvss, vector, "collateralDamagePotential", "CDP");
            return (damage == null || isNone(damage) || damage.equals("NOT_DEFINED") || damage.equals("ND"))
                    && isNone(metric(cvss, vector, "confidentialityImpact", "C"))
                    && isNone(metric(cvss, vector, "integrityImpact", "I"))
                    && isNone(metric(cvss, vector, "availabilityImpact", "A"));
        }
        return isNone(modified(cvss, vector, "Confidentiality", "C"))
                && isNone(modified(cvss, vector, "Integrity", "I"))
                && isNone(modified(cvss, vector, "Availability", "A"));
    }

    /** The effective modified impact: the modified metric if defined, else the base metric. */
    private static String modified(JsonValue cvss, Map<String, String> vector, String impact, String abbreviation) {
        String value = metric(cvss, vector, "modified" + impact + "Impact", "M" + abbreviation);
        if (value != null && !value.equals("NOT_DEFINED") && !value.equals("X")) {
            return value;
        }
        return metric(cvss, vector, impact.toLowerCase(Locale.ROOT) + "Impact", abbreviation);
    }

    /** A metric from its property, else from the vector string; {@code null} if neither gives it. */
    private static String metric(JsonValue cvss, Map<String, String> vector, String property, String abbreviation) {
        String value = cvss.get(property).text();
        return value != null ? value : vector.get(abbreviation);
    }

    private static boolean isNone(String value) {
        return "NONE".equals(value) || "N".equals(value);
    }

    /** The metrics of a vector string ({@code AV:N/AC:L/...}, with or without a {@code CVSS:3.x/} prefix). */
    private static Map<String, String> vector(String vectorString) {
        Map<String, String> metrics = new HashMap<>();
        if (vectorString != null) {
            for (String part : vectorString.split("/")) {
                int colon = part.indexOf(':');
                if (colon > 0) {
                    metrics.putIfAbsent(part.substring(0, colon), part.substring(colon + 1));
                }
            }
        }
        return metrics;
    }
}
