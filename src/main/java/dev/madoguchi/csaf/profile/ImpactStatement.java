package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CSAF 2.0 §6.1.27.9 Impact Statement: in a {@code csaf_vex}, every Product ID in
 * {@code /vulnerabilities[]/product_status/known_not_affected} needs an impact statement in the same vulnerability:
 * a flag (any label), or a threat of {@code category} {@code impact}, that names the product in {@code product_ids}
 * or one of its groups in {@code group_ids}. Each uncovered entry is reported where it is listed.
 */
public final class ImpactStatement extends ProfileTest {

    private static final Predicate<JsonValue> ANY = statement -> true;
    private static final Predicate<JsonValue> IMPACT = threat -> "impact".equals(threat.get("category").text());

    public ImpactStatement() {
        super("6.1.27.9", Set.of(VEX));
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        ProductStatements.requireFor(document, findings, "known_not_affected",
                vulnerability -> new ProductStatements()
                        .add(vulnerability.get("flags"), ANY)
                        .add(vulnerability.get("threats"), IMPACT),
                "impact statement (a flag, or a threat of category impact)");
    }
}
