package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductIds;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CSAF 2.0 §6.2.2 Missing Remediation: each product listed as affected ({@code first_affected},
 * {@code known_affected}, {@code last_affected}) or {@code under_investigation} in a vulnerability has a remediation of
 * that vulnerability naming it, directly in {@code product_ids} or through a product group in {@code group_ids}. Any
 * category counts, {@code none_available} and {@code no_fix_planned} included.
 */
public final class MissingRemediation extends NumberedTest {

    private static final List<String> GROUPS = affectedOrUnderInvestigation();

    private static List<String> affectedOrUnderInvestigation() {
        List<String> groups = new ArrayList<>(ProductStatusEntries.AFFECTED);
        groups.add("under_investigation");
        return List.copyOf(groups);
    }

    private static boolean containsAny(Set<String> set, Set<String> candidates) {
        for (String candidate : candidates) {
            if (set.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    public MissingRemediation() {
        super("6.2.2");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductIds index = ProductIds.of(document);
        VulnerabilityItems.forEachVulnerability(document, new VulnerabilityItems.Visitor() {
            @Override
            public void visit(JsonValue vulnerability, String unused, int v) {
                Set<String> products = new HashSet<>();
                Set<String> groups = new HashSet<>();
                for (JsonValue remediation : vulnerability.get("remediations").elements()) {
                    addTexts(remediation.get("product_ids"), products);
                    addTexts(remediation.get("group_ids"), groups);
                }
                ProductStatusEntries.forEach(vulnerability, v, GROUPS, new ProductStatusEntries.Visitor() {
                    @Override
                    public void visit(String id, String pointer, String group) {
                        if (!products.contains(id) && !containsAny(groups, index.groupsOf(id))) {
                            findings.add(pointer, "The product " + id + " is listed in " + group
                                    + " but no remediation applies to it.");
                        }
                    }
                });
            }
        });
    }

    private static void addTexts(JsonValue array, Set<String> into) {
        for (JsonValue element : array.elements()) {
            if (element.isString()) {
                into.add(element.text());
            }
        }
    }
}
