package dev.madoguchi.products;

/**
 * A product version whose SBOM contains the component searched for: the component's own version, where it sits in
 * the SBOM, and whether that version is in the range searched ({@code null}: its version could not be compared, so a
 * person has to look).
 */
public record ComponentHit(long productId, String productName, long productVersionId, String productVersion,
        String component, String componentVersion, String purl, String path, Boolean inRange) {
}
