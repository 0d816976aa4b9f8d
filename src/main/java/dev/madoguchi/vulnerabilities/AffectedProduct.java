package dev.madoguchi.vulnerabilities;

import java.util.List;

/**
 * One row of a vulnerability's affected-products table as advisories show it: the product (with its catalog ID and
 * CPE 2.3 name, when the catalog has one), the versions as a range and as the listed versions it covers, the status
 * and why (never retyped: drawn from the impact records).
 */
public record AffectedProduct(long productId, String productEn, String productJa, String range,
        List<String> coveredVersions, ImpactStatus status, Justification justification, String statement, String cpe) {

    public AffectedProduct {
        coveredVersions = List.copyOf(coveredVersions);
    }
}
