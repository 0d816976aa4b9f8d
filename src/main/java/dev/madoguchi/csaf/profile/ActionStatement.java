package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import java.util.Set;
import java.util.function.Function;

/**
 * CSAF 2.0 §6.1.27.10 Action Statement: in a {@code csaf_vex}, every Product ID in
 * {@code /vulnerabilities[]/product_status/known_affected} needs an action statement: a remediation of the same
 * vulnerability (any category) that names the product in {@code product_ids} or one of its groups in
 * {@code group_ids}. Each uncovered entry is reported where it is listed.
 */
public final class ActionStatement extends ProfileTest {

    private static final Function<JsonValue, ProductStatements> STATEMENTS = new Function<>() {
        @Override
        public ProductStatements apply(JsonValue vulnerability) {
            return new ProductStatements().add(vulnerability.get("remediations"), ProductStatements.EVERY);
        }
    };

    public ActionStatement() {
        super("6.1.27.10", Set.of(VEX));
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        ProductStatements.requireFor(document, findings, "known_affected", STATEMENTS,
                "action statement (remediation)");
    }
}
