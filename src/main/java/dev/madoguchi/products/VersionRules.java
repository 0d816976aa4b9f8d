package dev.madoguchi.products;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.madoguchi.versions.VersionOrder;
import dev.madoguchi.versions.VersionScheme;

/** A product's version rule applied to its catalog entries (the rules themselves live in the versions module). */
final class VersionRules {

    private VersionRules() {
    }

    /** The order of a product's versions: for the {@code listed} rule, the order they were entered in. */
    static VersionOrder order(String scheme, List<ProductVersion> entered) {
        return VersionOrder.of(VersionScheme.fromCode(scheme), entered.stream().map(ProductVersion::version).toList());
    }

    static List<ProductVersion> sorted(Product product, List<ProductVersion> entered) {
        VersionOrder order = order(product.versionScheme(), entered);
        List<ProductVersion> sorted = new ArrayList<>(entered);
        sorted.sort(Comparator.comparing(ProductVersion::version, order));
        return sorted;
    }

    /** Refuses a version the product's rule cannot order, naming the rule in the person's language. */
    static void check(String scheme, String version) {
        if (version.isEmpty() || version.length() > 100
                || VersionScheme.fromCode(scheme).problem(version).isPresent()) {
            throw new ProductRuleViolation("version", "product.version.invalid." + scheme, version);
        }
    }

    /** Two spellings of one version under the rule (1.2 and 1.2.0 are the same numeric version). */
    static boolean same(String scheme, String a, String b) {
        return VersionScheme.fromCode(scheme).same(a, b);
    }

    /** Before a product changes its rule: every listed version must be valid and distinct under the new one. */
    static void checkAll(String scheme, List<ProductVersion> entered) {
        for (int i = 0; i < entered.size(); i++) {
            String version = entered.get(i).version();
            try {
                check(scheme, version);
            } catch (ProductRuleViolation e) {
                throw new ProductRuleViolation("versionScheme", "product.version-scheme.conflict", version);
            }
            for (int j = 0; j < i; j++) {
                if (same(scheme, entered.get(j).version(), version)) {
                    throw new ProductRuleViolation("versionScheme", "product.version-scheme.conflict", version);
                }
            }
        }
    }
}
