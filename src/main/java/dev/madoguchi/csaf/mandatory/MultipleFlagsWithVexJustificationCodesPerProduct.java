package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.product.ProductIds;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSAF 2.0 §6.1.33 Multiple Flags with VEX Justification Codes per Product: within one item of
 * {@code /vulnerabilities}, a product may be a member of at most one flag whose {@code label} is a VEX justification
 * code (§3.2.3.5), whether named in {@code product_ids} or through a group in {@code group_ids}. Flags with other
 * labels are left out (the specification keeps the test forward-compatible that way); a product named twice in the
 * same flag is one membership. Each later membership is reported at the reference that makes it.
 */
public final class MultipleFlagsWithVexJustificationCodesPerProduct extends NumberedTest {

    private static final Set<String> VEX_JUSTIFICATION_CODES = Set.of(
            "component_not_present",
            "inline_mitigations_already_exist",
            "vulnerable_code_cannot_be_controlled_by_adversary",
            "vulnerable_code_not_in_execute_path",
            "vulnerable_code_not_present");

    public MultipleFlagsWithVexJustificationCodesPerProduct() {
        super("6.1.33");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        ProductIds groups = ProductIds.of(document);
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int v = 0; v < vulnerabilities.size(); v++) {
            String flagsPointer = JsonPointer.index("/vulnerabilities", v) + "/flags";
            List<JsonValue> flags = vulnerabilities.get(v).get("flags").elements();
            Map<String, Integer> flagOfProduct = new HashMap<>();
            for (int f = 0; f < flags.size(); f++) {
                JsonValue flag = flags.get(f);
                String label = flag.get("label").text();
                if (label == null || !VEX_JUSTIFICATION_CODES.contains(label)) {
                    continue;
                }
                String flagPointer = JsonPointer.index(flagsPointer, f);
                for (Map.Entry<String, String> member : members(flag, flagPointer, groups).entrySet()) {
                    Integer earlier = flagOfProduct.putIfAbsent(member.getKey(), f);
                    if (earlier != null) {
                        findings.add(member.getValue(), "Product " + member.getKey() + " has the VEX justification "
                                + label + " here and already " + flags.get(earlier).get("label").text() + " in "
                                + JsonPointer.index(flagsPointer, earlier) + "; a product may have only one");
                    }
                }
            }
        }
    }

    /** The products of one flag, each with the pointer of its first reference in the flag. */
    private static Map<String, String> members(JsonValue flag, String flagPointer, ProductIds groups) {
        Map<String, String> members = new LinkedHashMap<>();
        List<JsonValue> productIds = flag.get("product_ids").elements();
        for (int i = 0; i < productIds.size(); i++) {
            if (productIds.get(i).isString()) {
                members.putIfAbsent(productIds.get(i).text(), JsonPointer.index(flagPointer + "/product_ids", i));
            }
        }
        List<JsonValue> groupIds = flag.get("group_ids").elements();
        for (int i = 0; i < groupIds.size(); i++) {
            String groupId = groupIds.get(i).text();
            if (groupId != null) {
                String pointer = JsonPointer.index(flagPointer + "/group_ids", i);
                for (String productId : groups.groupMembers(groupId)) {
                    members.putIfAbsent(productId, pointer);
                }
            }
        }
        return members;
    }
}
