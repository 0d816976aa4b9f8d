package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * CSAF 2.0 §6.1.27.7 VEX Product Status: in a {@code csaf_vex}, the {@code product_status} of every item of
 * {@code /vulnerabilities} must have at least one of {@code fixed}, {@code known_affected},
 * {@code known_not_affected} and {@code under_investigation} (the other statuses alone do not make a VEX statement).
 * A vulnerability without {@code product_status} has none of them and fails.
 */
public final class VexProductStatus extends ProfileTest {

    private static final List<String> VEX_STATUSES =
            List.of("fixed", "known_affected", "known_not_affected", "under_investigation");

    public VexProductStatus() {
        super("6.1.27.7", Set.of(VEX));
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        eachVulnerability(document, new BiConsumer<String, JsonValue>() {
            @Override
            public void accept(String pointer, JsonValue vulnerability) {
                JsonValue status = vulnerability.get("product_status");
                if (hasNone(status)) {
                    findings.add(pointer + "/product_status", "The product_status has none of fixed, known_affected, "
                            + "known_not_affected and under_investigation, one of which a csaf_vex document requires");
                }
            }
        });
    }

    private static boolean hasNone(JsonValue status) {
        for (String name : VEX_STATUSES) {
            if (!status.get(name).isMissing()) {
                return false;
            }
        }
        return true;
    }
}
