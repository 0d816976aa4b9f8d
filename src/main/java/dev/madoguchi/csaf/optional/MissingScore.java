package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.Set;

/**
 * CSAF 2.0 §6.2.3 Missing Score: each product listed as affected ({@code first_affected}, {@code known_affected},
 * {@code last_affected}) in a vulnerability is covered by a score of that vulnerability (named in its
 * {@code products}).
 */
public final class MissingScore extends NumberedTest {

    public MissingScore() {
        super("6.2.3");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        VulnerabilityItems.forEachVulnerability(document, new VulnerabilityItems.Visitor() {
            @Override
            public void visit(JsonValue vulnerability, String unused, int v) {
                Set<String> scored = ScoresByProduct.of(vulnerability, ScoresByProduct.EVERY).keySet();
                ProductStatusEntries.forEach(vulnerability, v, ProductStatusEntries.AFFECTED,
                        new ProductStatusEntries.Visitor() {
                            @Override
                            public void visit(String id, String pointer, String group) {
                                if (!scored.contains(id)) {
                                    findings.add(pointer, "The product " + id + " is listed in " + group
                                            + " but no score of this vulnerability covers it.");
                                }
                            }
                        });
            }
        });
    }
}
