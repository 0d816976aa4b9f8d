package dev.madoguchi.advisories;

import java.util.List;

/**
 * What the product catalog adds to an affected-products row for the CSAF {@code product_tree}: the product family
 * (a {@code product_family} branch, CSAF 2.0 §3.1.2.2), the version rule (which VERS scheme a range is written in)
 * and the identifiers of the product identification helper (§3.1.3.3).
 *
 * @param family        the family's English name, or {@code null} when the product belongs to none
 * @param versionScheme the catalog's version rule: {@code numeric}, {@code semantic}, {@code firmware} or
 *                      {@code listed}
 * @param cpe           the product's CPE 2.3 formatted string, or {@code null}
 * @param purl          the product's package URL, or {@code null}
 */
record CsafProduct(long id, String family, String versionScheme, String cpe, String purl, List<String> modelNumbers) {

    CsafProduct {
        modelNumbers = modelNumbers == null ? List.of()
                : modelNumbers.stream().filter(m -> m != null && !m.isBlank()).map(String::strip).distinct().toList();
        family = family == null || family.isBlank() ? null : family.strip();
        cpe = cpe == null || cpe.isBlank() ? null : cpe.strip();
        purl = purl == null || purl.isBlank() ? null : purl.strip();
        versionScheme = versionScheme == null ? "listed" : versionScheme;
    }

    /** A product the catalog no longer knows: only what the published row itself says. */
    static CsafProduct unknown(long id, String cpe) {
        return new CsafProduct(id, null, null, cpe, null, List.of());
    }
}
