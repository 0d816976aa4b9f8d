package dev.madoguchi.products;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What a person or an import gives for a product, checked before anything is stored. */
record ProductDraft(Long familyId, String nameEn, String nameJa, List<String> modelNumbers, Long divisionId,
        String versionScheme, LocalDate endOfLifeOn, String cpe, String purl) {

    static final Set<String> SCHEMES = Set.of("numeric", "semantic", "firmware", "listed");
    /** CPE 2.3 formatted string binding (NISTIR 7695 §6.2): 13 colon-separated parts after "cpe:2.3". */
    private static final Pattern CPE = Pattern.compile("cpe:2\\.3:[aho\\*\\-](:(?:[^:\\\\]|\\\\.)+){10}");
    /** purl-spec: pkg:type/namespace/name@version?qualifiers#subpath, type lower-case letters, digits, . + - */
    private static final Pattern PURL = Pattern.compile("pkg:[a-z][a-z0-9.+-]*/\\S+");

    ProductDraft {
        nameEn = strip(nameEn);
        nameJa = strip(nameJa);
        modelNumbers = modelNumbers == null ? List.of()
                : modelNumbers.stream().map(String::strip).filter(m -> !m.isEmpty()).distinct().toList();
        versionScheme = strip(versionScheme);
        cpe = blankToNull(cpe);
        purl = blankToNull(purl);
    }

    List<ProductRuleViolation> problems() {
        List<ProductRuleViolation> problems = new ArrayList<>();
        if (nameEn.isEmpty() || nameEn.length() > 200) {
            problems.add(new ProductRuleViolation("nameEn", "product.name.invalid"));
        }
        if (nameJa.isEmpty() || nameJa.length() > 200) {
            problems.add(new ProductRuleViolation("nameJa", "product.name.invalid"));
        }
        if (modelNumbers.stream().anyMatch(m -> m.length() > 100) || modelNumbers.size() > 200) {
            problems.add(new ProductRuleViolation("modelNumbers", "product.model-numbers.invalid"));
        }
        if (divisionId == null) {
            problems.add(new ProductRuleViolation("divisionId", "product.division.required"));
        }
        if (!SCHEMES.contains(versionScheme)) {
            problems.add(new ProductRuleViolation("versionScheme", "product.version-scheme.invalid"));
        }
        if (cpe != null && (cpe.length() > 500 || !CPE.matcher(cpe).matches())) {
            problems.add(new ProductRuleViolation("cpe", "product.cpe.invalid"));
        }
        if (purl != null && (purl.length() > 500 || !PURL.matcher(purl).matches())) {
            problems.add(new ProductRuleViolation("purl", "product.purl.invalid"));
        }
        return problems;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
