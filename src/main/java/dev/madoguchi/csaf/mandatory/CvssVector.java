package dev.madoguchi.csaf.mandatory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CVSS v2.0, v3.0 or v3.1 vector string read into its metric values. A v3 vector starts with {@code CVSS:3.0/} or
 * {@code CVSS:3.1/}, a v2 vector has no prefix; the metrics may come in any order, each at most once, and every base
 * metric must be there. A metric left out is "not defined" ({@code X} in v3, {@code ND} in v2).
 */
final class CvssVector {

    private static final Map<String, CvssMetric> V2_BY_KEY = byKey(CvssMetric.V2);
    private static final Map<String, CvssMetric> V3_BY_KEY = byKey(CvssMetric.V3);

    private final String version;
    private final List<CvssMetric> metrics;
    /** Metric key to code; never changed after {@link #read}. */
    private final Map<String, String> codes;

    private CvssVector(String version, List<CvssMetric> metrics, Map<String, String> codes) {
        this.version = version;
        this.metrics = metrics;
        this.codes = codes;
    }

    /** A v3.0 or v3.1 vector by its prefix, or {@code null} when {@code text} is none. */
    static CvssVector v3(String text) {
        if (text == null || !text.startsWith("CVSS:3.")) {
            return null;
        }
        String version = text.startsWith("CVSS:3.0/") ? "3.0" : text.startsWith("CVSS:3.1/") ? "3.1" : null;
        return version == null ? null : read(version, CvssMetric.V3, text.substring("CVSS:3.x/".length()));
    }

    /** A v2.0 vector, or {@code null} when {@code text} is none. */
    static CvssVector v2(String text) {
        return text == null ? null : read("2.0", CvssMetric.V2, text);
    }

    private static CvssVector read(String version, List<CvssMetric> metrics, String text) {
        Map<String, CvssMetric> byKey = metrics == CvssMetric.V2 ? V2_BY_KEY : V3_BY_KEY;
        Map<String, String> codes = new HashMap<>(32);
        int start = 0;
        while (true) {
            int end = text.indexOf('/', start);
            String part = text.substring(start, end < 0 ? text.length() : end);
            int colon = part.indexOf(':');
            CvssMetric metric = colon < 0 ? null : byKey.get(part.substring(0, colon));
            String code = colon < 0 ? null : part.substring(colon + 1);
            if (metric == null || !metric.values().containsKey(code) || codes.put(metric.key(), code) != null) {
                return null;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        for (CvssMetric metric : metrics) {
            if (metric.base() && !codes.containsKey(metric.key())) {
                return null;
            }
        }
        return new CvssVector(version, metrics, codes);
    }

    private static Map<String, CvssMetric> byKey(List<CvssMetric> metrics) {
        Map<String, CvssMetric> byKey = new HashMap<>();
        for (CvssMetric metric : metrics) {
            byKey.put(metric.key(), metric);
        }
        return Map.copyOf(byKey);
    }

    /** {@code 2.0}, {@code 3.0} or {@code 3.1} */
    String version() {
        return version;
    }

    /** The metrics of this vector's CVSS version, in the specification's order. */
    List<CvssMetric> metrics() {
        return metrics;
    }

    /** The code of metric {@code key} (such as {@code AV}), "not defined" when the vector leaves it out. */
    String code(String key) {
        String code = codes.get(key);
        return code != null ? code : version.equals("2.0") ? "ND" : "X";
    }

    /** Whether the vector names metric {@code key} itself. */
    boolean names(String key) {
        return codes.containsKey(key);
    }
}
