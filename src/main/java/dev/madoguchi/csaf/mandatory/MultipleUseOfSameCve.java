package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSAF 2.0 §6.1.23 Multiple Use of Same CVE: no two vulnerabilities have the same {@code cve}. Each repetition is
 * reported at its {@code cve}, naming the vulnerability that has it first.
 */
public final class MultipleUseOfSameCve extends NumberedTest {

    public MultipleUseOfSameCve() {
        super("6.1.23");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        Map<String, Integer> firstIndex = new HashMap<>();
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int i = 0; i < vulnerabilities.size(); i++) {
            String cve = vulnerabilities.get(i).get("cve").text();
            if (cve == null) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(cve, i);
            if (first != null) {
                findings.add(JsonPointer.member(JsonPointer.index("/vulnerabilities", i), "cve"),
                        cve + " is already the CVE of vulnerability " + first + ".");
            }
        }
    }
}
