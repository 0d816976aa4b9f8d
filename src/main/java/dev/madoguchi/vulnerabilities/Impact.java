package dev.madoguchi.vulnerabilities;

import java.time.Instant;

import dev.madoguchi.versions.VersionRange;

/** The impact of a vulnerability on a product's versions in {@code range}, as recorded by its division. */
public record Impact(long id, long vulnerabilityId, long productId, VersionRange range, ImpactStatus status,
        Justification justification, String statement, String recordedBy, Instant recordedAt) {
}
