package dev.madoguchi.csaf.informative;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.optional.ScoresByProduct;
import dev.madoguchi.csaf.optional.VulnerabilityItems;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * CSAF 2.0 §6.3.1 Use of CVSS v2 as the only Scoring System: a score of a vulnerability holding {@code cvss_v2} is not
 * the only scoring present. It passes when the score also holds {@code cvss_v3}, or when every product it names is
 * scored with {@code cvss_v3} by another score of the same vulnerability (the second scoring object may come from
 * elsewhere, as CSAF 2.1 makes explicit). The finding points at the score and names the products scored with CVSS v2
 * only.
 */
public final class UseOfCvssV2AsTheOnlyScoringSystem extends NumberedTest {

    private static final Predicate<JsonValue> WITH_CVSS_V3 = new Predicate<>() {
        @Override
        public boolean test(JsonValue score) {
            return score.get("cvss_v3").exists();
        }
    };

    public UseOfCvssV2AsTheOnlyScoringSystem() {
        super("6.3.1");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        VulnerabilityItems.forEachVulnerability(document, new VulnerabilityItems.Visitor() {
            @Override
            public void visit(JsonValue vulnerability, String vulnerabilityPointer, int v) {
                List<JsonValue> scores = vulnerability.get("scores").elements();
                Set<String> scoredOtherwise = ScoresByProduct.of(vulnerability, WITH_CVSS_V3).keySet();
                for (int s = 0; s < scores.size(); s++) {
                    JsonValue score = scores.get(s);
                    if (!score.get("cvss_v2").exists() || score.get("cvss_v3").exists()) {
                        continue;
                    }
                    List<String> only = new ArrayList<>();
                    for (JsonValue product : score.get("products").elements()) {
                        if (!scoredOtherwise.contains(product.text())) {
                            only.add(String.valueOf(product.text()));
                        }
                    }
                    if (!only.isEmpty() || score.get("products").elements().isEmpty()) {
                        findings.add(vulnerabilityPointer + "/scores/" + s, "CVSS v2 is the only scoring system"
                                + (only.isEmpty() ? "" : " for " + String.join(", ", only)) + ".");
                    }
                }
            }
        });
    }
}
