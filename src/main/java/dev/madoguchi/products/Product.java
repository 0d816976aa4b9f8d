package dev.madoguchi.products;

import java.time.LocalDate;
import java.util.List;

import dev.madoguchi.shared.Language;

/**
 * A product of the catalog: names in both languages, model numbers, the owning development division, the rule its
 * versions are ordered by ({@code numeric}, {@code semantic}, {@code firmware}, {@code listed}), its end of life and
 * its identifiers (CPE 2.3, purl), as advisories, CSAF {@code product_tree} and CVE {@code affected[]} name it.
 */
public record Product(long id, Long familyId, String familyNameEn, String familyNameJa, String nameEn, String nameJa,
        List<String> modelNumbers, long divisionId, String divisionName, String versionScheme, LocalDate endOfLifeOn,
        String cpe, String purl) {

    public Product {
        modelNumbers = List.copyOf(modelNumbers);
    }

    /**
     * End of life on that day or earlier: the NEC policy gives such products a CVE ID but may not investigate them.
     */
    public boolean endOfLife(LocalDate today) {
        return endOfLifeOn != null && !endOfLifeOn.isAfter(today);
    }

    public String name(Language language) {
        return language == Language.JA ? nameJa : nameEn;
    }

    public String familyName(Language language) {
        return familyId == null ? null : language == Language.JA ? familyNameJa : familyNameEn;
    }
}
