package dev.madoguchi.cvss;

import java.util.List;

/**
 * A base metric of CVSS v3.1 or v4.0 with its values, as an editor offers them (CVSS v3.1 specification §2,
 * v4.0 specification §2). The grammar behind {@link CvssVector} is the one source of metrics and values.
 */
public record CvssBaseMetric(String key, String name, List<String> values) {

    public CvssBaseMetric {
        values = List.copyOf(values);
    }

    /** The base metrics of a version ({@code 3.1} or {@code 4.0}), in the order a vector lists them. */
    public static List<CvssBaseMetric> of(String version) {
        return CvssGrammar.baseMetrics(version).stream()
                .map(m -> new CvssBaseMetric(m.key(), m.name(), m.values())).toList();
    }
}
