package dev.madoguchi.products;

import java.time.Instant;

/** The SBOM attached to a product version, as its product page lists it. */
public record SbomSummary(long id, long productVersionId, String specVersion, String fileName, int componentCount,
        String uploadedBy, Instant uploadedAt) {
}
