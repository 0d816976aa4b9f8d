package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.regex.Pattern;

/**
 * CSAF 2.0 §6.2.17 CVE in field IDs: no item of {@code /vulnerabilities[]/ids} is a CVE ID (its {@code text} matching
 * {@code ^CVE-[0-9]{4}-[0-9]{4,}$}); a CVE belongs in {@code cve}.
 */
public final class CveInFieldIds extends NumberedTest {

    private static final Pattern CVE = Pattern.compile("^CVE-[0-9]{4}-[0-9]{4,}$");

    public CveInFieldIds() {
        super("6.2.17");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        VulnerabilityItems.forEachItem(document, "ids", new VulnerabilityItems.Visitor() {
            @Override
            public void visit(JsonValue id, String pointer, int v) {
                String text = id.get("text").text();
                if (text != null && CVE.matcher(text).matches()) {
                    findings.add(pointer, "The CVE ID " + text + " is listed in ids instead of cve.");
                }
            }
        });
    }
}
