package dev.madoguchi.vulnerabilities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A remediation of a vulnerability for the products it names (CSAF 2.0 §3.2.3.12). */
public record Remediation(long id, long vulnerabilityId, RemediationCategory category, String detailsEn,
        String detailsJa, String fixedVersion, LocalDate releasedOn, String url, List<Long> productIds,
        String recordedBy, Instant recordedAt) {

    public Remediation {
        productIds = List.copyOf(productIds);
    }
}
