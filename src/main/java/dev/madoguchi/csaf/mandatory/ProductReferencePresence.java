package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafTest;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import java.util.List;

/**
 * The check shared by §6.1.29 (remediations) and §6.1.32 (flags): each item of {@code /vulnerabilities[]/<member>}
 * must include {@code group_ids} or {@code product_ids}, so that it says which products it is about. Presence is
 * what counts; an empty or malformed list, or an item that is no object, is the schema's to report.
 */
final class ProductReferencePresence {

    private ProductReferencePresence() {
    }

    /** @param noun the item's name in messages ("remediation") */
    static void require(CsafDocument document, CsafTest.Findings findings, String member, String noun) {
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int v = 0; v < vulnerabilities.size(); v++) {
            List<JsonValue> items = vulnerabilities.get(v).get(member).elements();
            for (int i = 0; i < items.size(); i++) {
                JsonValue item = items.get(i);
                if (item.isObject() && item.get("product_ids").isMissing() && item.get("group_ids").isMissing()) {
                    String pointer = JsonPointer.index(
                            JsonPointer.member(JsonPointer.index("/vulnerabilities", v), member), i);
                    findings.add(pointer, "The " + noun + " has neither product_ids nor group_ids, so it applies to "
                            + "no product");
                }
            }
        }
    }
}
