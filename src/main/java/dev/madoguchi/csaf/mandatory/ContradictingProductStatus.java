package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CSAF 2.0 §6.1.6 Contradicting Product Status: within one vulnerability, the product status lists form four
 * contradiction groups — Affected ({@code first_affected}, {@code known_affected}, {@code last_affected}), Not
 * affected ({@code known_not_affected}), Fixed ({@code first_fixed}, {@code fixed}) and Under investigation
 * ({@code under_investigation}) — that must be pairwise disjoint. {@code recommended} belongs to none. Lists are read
 * in document order; a product ID is reported once per further group it appears in, at its first entry there.
 */
public final class ContradictingProductStatus extends NumberedTest {

    private static final Map<String, String> GROUP_OF_STATUS = Map.of(
            "first_affected", "Affected", "known_affected", "Affected", "last_affected", "Affected",
            "known_not_affected", "Not affected",
            "first_fixed", "Fixed", "fixed", "Fixed",
            "under_investigation", "Under investigation");

    /** Where a product ID was first seen in one vulnerability: its group and the status list. */
    private record Seen(String group, String status) {
    }

    public ContradictingProductStatus() {
        super("6.1.6");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int v = 0; v < vulnerabilities.size(); v++) {
            check(vulnerabilities.get(v).get("product_status"),
                    JsonPointer.member(JsonPointer.index("/vulnerabilities", v), "product_status"), findings);
        }
    }

    private static void check(JsonValue productStatus, String at, Findings findings) {
        Map<String, Seen> first = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (Map.Entry<String, JsonValue> list : productStatus.members().entrySet()) {
            String group = GROUP_OF_STATUS.get(list.getKey());
            if (group == null) {
                continue;
            }
            String listAt = JsonPointer.member(at, list.getKey());
            List<JsonValue> ids = list.getValue().elements();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i).text();
                if (id == null) {
                    continue;
                }
                Seen seen = first.get(id);
                if (seen == null) {
                    seen = new Seen(group, list.getKey());
                    first.put(id, seen);
                }
                if (!seen.group().equals(group) && reported.add(id + '\u0000' + group)) {
                    findings.add(JsonPointer.index(listAt, i), "The product ID \"" + id + "\" is in the contradicting"
                            + " groups \"" + seen.group() + "\" (" + seen.status() + ") and \"" + group + "\" ("
                            + list.getKey() + ").");
                }
            }
        }
    }
}
