package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * CSAF 2.0 §6.1.27.9 Impact Statement: in a {@code csaf_vex}, every Product ID in
 * {@code /vulnerabilities[]/product_status/known_not_affected} needs an impact statement in the same vulnerability:
 * a flag (any label), or a threat of {@code category} {@code impact}, that names the product in {@code product_ids}
 * or one of its groups in {@code group_ids}. Each uncovered entry is reported where it is listed.
 */
public final class ImpactStatement extends ProfileTest {

    private static final Predicate<JsonValue> IMPACT = new Predicate<>() {
        @Override
        public boolean test(JsonValue threat) {
            return "impact".equals(threat.get("category").text());
        }
    };
    private static final Function<JsonValue, ProductStatements> STATEMENTS = new Function<>() {
        @Override
        public ProductStatements apply(JsonValue vulnerability) {
            return new ProductStatements()
                    .add(vulnerability.get("flags"), ProductStatements.EVERY)
                    .add(vulnerability.get("threats"), IMPACT);
        }
    };

    public ImpactStatement() {
        super("6.1.27.9", Set.of(VEX));
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        ProductStatements.requireFor(document, findings, "known_not_affected", STATEMENTS,
                "impact statement (a flag, or a threat of category impact)");
    }
}
