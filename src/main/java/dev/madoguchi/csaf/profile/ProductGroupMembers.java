package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The product groups of {@code /product_tree/product_groups}: which Product IDs each group ID stands for, and which
 * groups each Product ID belongs to, so that a statement naming a group covers its members (CSAF 2.0 §3.2.2.3,
 * as §6.1.27.9, §6.1.27.10 and §6.1.33 take "indirect relations through Product Groups into account"). A group ID
 * defined twice (a §6.1.5 failure) stands for the members of both. Built once per document.
 *
 * <p>Deliberately minimal: only groups and their members, no definition of products; a general index of Product
 * IDs may absorb it.
 */
public final class ProductGroupMembers {

    private static final Function<CsafDocument, ProductGroupMembers> INDEX = ProductGroupMembers::new;

    private final Map<String, Set<String>> membersByGroup = new HashMap<>();
    private final Map<String, List<String>> groupsByProduct = new HashMap<>();

    private ProductGroupMembers(CsafDocument document) {
        for (JsonValue group : document.productTree().get("product_groups").elements()) {
            String groupId = group.get("group_id").text();
            if (groupId == null) {
                continue;
            }
            Set<String> members = membersByGroup.computeIfAbsent(groupId, id -> new LinkedHashSet<>());
            for (JsonValue member : group.get("product_ids").elements()) {
                String productId = member.text();
                if (productId != null && members.add(productId)) {
                    groupsByProduct.computeIfAbsent(productId, id -> new ArrayList<>()).add(groupId);
                }
            }
        }
    }

    /** The groups of {@code document}, computed once per document. */
    public static ProductGroupMembers of(CsafDocument document) {
        return document.derived(INDEX);
    }

    /** The Product IDs of a group; none for a group ID that is not defined. */
    public Set<String> members(String groupId) {
        return membersByGroup.getOrDefault(groupId, Set.of());
    }

    /** The group IDs whose groups list {@code productId}. */
    public List<String> groupsOf(String productId) {
        return groupsByProduct.getOrDefault(productId, List.of());
    }
}
