package dev.madoguchi.vulnerabilities;

import java.util.List;

/**
 * One row of a vulnerability's affected-products table as advisories show it: the product, the versions as a range
 * and as the listed versions it covers, the status and why (never retyped: drawn from the impact records).
 */
public record AffectedProduct(String productEn, String productJa, String range, List<String> coveredVersions,
        ImpactStatus status, Justification justification, String statement) {

    public AffectedProduct {
        coveredVersions = List.copyOf(coveredVersions);
    }
}
