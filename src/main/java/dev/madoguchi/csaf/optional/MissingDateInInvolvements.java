package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;
import dev.madoguchi.csaf.JsonValue;

/** CSAF 2.0 §6.2.7 Missing Date in Involvements: each item of {@code /vulnerabilities[]/involvements} has a {@code date}. */
public final class MissingDateInInvolvements extends NumberedTest {

    public MissingDateInInvolvements() {
        super("6.2.7");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        VulnerabilityItems.forEachItem(document, "involvements", new VulnerabilityItems.Visitor() {
            @Override
            public void visit(JsonValue involvement, String pointer, int v) {
                if (!involvement.get("date").exists()) {
                    findings.add(pointer, "The involvement of party " + involvement.get("party") + " has no date.");
                }
            }
        });
    }
}
