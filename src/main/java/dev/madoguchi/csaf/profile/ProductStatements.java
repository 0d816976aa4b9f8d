package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.product.ProductIds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The products that the statements of one vulnerability (flags, threats, remediations) apply to, directly by
 * {@code product_ids} or through {@code group_ids}; and the check of §6.1.27.9 and §6.1.27.10 that every product of
 * a product status has such a statement. A product is covered when it is named, or when one of the groups it belongs
 * to is named, so the work is one look-up per listed product rather than an expansion of every group.
 */
final class ProductStatements {

    /** Counts every statement. */
    static final Predicate<JsonValue> EVERY = new Predicate<>() {
        @Override
        public boolean test(JsonValue statement) {
            return true;
        }
    };

    private final Set<String> products = new HashSet<>();
    private final Set<String> groups = new HashSet<>();

    /** Adds the items of the array {@code statements} that {@code counts}. */
    ProductStatements add(JsonValue statements, Predicate<JsonValue> counts) {
        for (JsonValue statement : statements.elements()) {
            if (!counts.test(statement)) {
                continue;
            }
            addTexts(statement.get("product_ids"), products);
            addTexts(statement.get("group_ids"), groups);
        }
        return this;
    }

    private static void addTexts(JsonValue array, Set<String> into) {
        for (JsonValue element : array.elements()) {
            if (element.isString()) {
                into.add(element.text());
            }
        }
    }

    boolean covers(String productId, ProductIds index) {
        if (products.contains(productId)) {
            return true;
        }
        for (String groupId : index.groupsOf(productId)) {
            if (groups.contains(groupId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports each Product ID in {@code /vulnerabilities[]/product_status/<status>[]}
     * that the statements {@code statementsOf} finds in its vulnerability do not cover.
     *
     * @param kind what statement is missing, for the message ("impact statement")
     */
    static void requireFor(CsafDocument document, CsafTest.Findings findings, String status,
            Function<JsonValue, ProductStatements> statementsOf, String kind) {
        ProductIds index = ProductIds.of(document);
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int v = 0; v < vulnerabilities.size(); v++) {
            JsonValue vulnerability = vulnerabilities.get(v);
            List<JsonValue> listed = vulnerability.get("product_status").get(status).elements();
            if (listed.isEmpty()) {
                continue;
            }
            ProductStatements statements = statementsOf.apply(vulnerability);
            String base = JsonPointer.member(
                    JsonPointer.member(JsonPointer.index("/vulnerabilities", v), "product_status"), status);
            for (int p = 0; p < listed.size(); p++) {
                String productId = listed.get(p).text();
                if (productId != null && !statements.covers(productId, index)) {
                    findings.add(JsonPointer.index(base, p), "Product " + productId + " is listed as " + status
                            + " but no " + kind + " of this vulnerability applies to it");
                }
            }
        }
    }
}
