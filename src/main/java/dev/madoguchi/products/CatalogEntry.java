package dev.madoguchi.products;

import java.util.List;

/**
 * One product as the catalog's JSON and CSV exchange it, by names rather than database ids so that a file moves
 * between installations: family and division by name, versions in order of entry.
 */
public record CatalogEntry(String nameEn, String nameJa, String familyEn, String familyJa, List<String> modelNumbers,
        String division, String versionScheme, String endOfLifeOn, String cpe, String purl,
        List<VersionEntry> versions, List<VariantEntry> variants) {

    public CatalogEntry {
        // null: the file does not say (an update keeps the product's model numbers)
        modelNumbers = modelNumbers == null ? null : List.copyOf(modelNumbers);
        versions = versions == null ? List.of() : List.copyOf(versions);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public record VersionEntry(String version, String releasedOn) {
    }

    public record VariantEntry(String region, String nameEn, String nameJa, String modelNumber) {
    }
}
