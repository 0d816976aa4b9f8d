package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.List;
import java.util.Map;

/**
 * CSAF 2.0 §6.2.19 CVSS for Fixed Products: for each product listed as {@code first_fixed} or {@code fixed} in a
 * vulnerability, every CVSS object ({@code cvss_v2}, {@code cvss_v3}) of a score of that vulnerability naming the
 * product has an environmental score of 0 — given, or following from the environmental metrics (see
 * {@link CvssEnvironment}). A fixed product named by no score passes. The finding points at the product status entry
 * and names the score.
 */
public final class CvssForFixedProducts extends NumberedTest {

    public CvssForFixedProducts() {
        super("6.2.19");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        VulnerabilityItems.forEachVulnerability(document, new VulnerabilityItems.Visitor() {
            @Override
            public void visit(JsonValue vulnerability, String vulnerabilityPointer, int v) {
                List<JsonValue> scores = vulnerability.get("scores").elements();
                Map<String, List<Integer>> scoresOfProduct = ScoresByProduct.of(vulnerability, ScoresByProduct.EVERY);
                String base = vulnerabilityPointer + "/scores/";
                ProductStatusEntries.forEach(vulnerability, v, ProductStatusEntries.FIXED,
                        new ProductStatusEntries.Visitor() {
                            @Override
                            public void visit(String id, String pointer, String group) {
                                for (int s : scoresOfProduct.getOrDefault(id, List.of())) {
                                    for (String version : new String[] {"cvss_v2", "cvss_v3"}) {
                                        JsonValue cvss = scores.get(s).get(version);
                                        boolean v2 = version.equals("cvss_v2");
                                        if (cvss.isObject() && !CvssEnvironment.isZero(cvss, v2)) {
                                            findings.add(pointer, "The product " + id + " is listed in " + group
                                                    + " but the CVSS at " + base + s + "/" + version
                                                    + " applying to it has no environmental score of 0.");
                                        }
                                    }
                                }
                            }
                        });
            }
        });
    }
}
