package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSAF 2.0 §6.1.7 Multiple Scores with same Version per Product: within one vulnerability, a product ID is in the
 * {@code products} of at most one score per CVSS version. The versions are CVSS v2 ({@code cvss_v2}) and each minor
 * version of CVSS v3 ({@code cvss_v3}: 3.0 and 3.1 are distinct), taken from {@code version}, else from the
 * {@code vectorString} prefix ({@code CVSS:3.1/}). One score carrying both a {@code cvss_v2} and a {@code cvss_v3}
 * gives its products one score of each version. Each repeat is reported at its entry in {@code products}.
 */
public final class MultipleScoresWithSameVersionPerProduct extends NumberedTest {

    private static final Pattern V3_PREFIX = Pattern.compile("^CVSS:(3\\.[0-9])/");

    public MultipleScoresWithSameVersionPerProduct() {
        super("6.1.7");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int v = 0; v < vulnerabilities.size(); v++) {
            check(vulnerabilities.get(v).get("scores").elements(),
                    JsonPointer.member(JsonPointer.index("/vulnerabilities", v), "scores"), findings);
        }
    }

    private static void check(List<JsonValue> scores, String at, Findings findings) {
        Map<String, Integer> firstScore = new HashMap<>();
        for (int s = 0; s < scores.size(); s++) {
            String scoreAt = JsonPointer.index(at, s);
            List<JsonValue> products = scores.get(s).get("products").elements();
            for (String version : versions(scores.get(s))) {
                for (int p = 0; p < products.size(); p++) {
                    String id = products.get(p).text();
                    if (id == null) {
                        continue;
                    }
                    Integer first = firstScore.putIfAbsent(id + '\u0000' + version, s);
                    if (first != null && first != s) {
                        findings.add(JsonPointer.index(JsonPointer.member(scoreAt, "products"), p), "The product ID \""
                                + id + "\" already has a " + version + " score at " + JsonPointer.index(at, first)
                                + ".");
                    }
                }
            }
        }
    }

    /** The CVSS versions one score gives, e.g. {@code CVSS v2} and {@code CVSS v3.1}. */
    private static List<String> versions(JsonValue score) {
        List<String> versions = new ArrayList<>(2);
        if (score.get("cvss_v2").exists()) {
            versions.add("CVSS v2");
        }
        JsonValue v3 = score.get("cvss_v3");
        if (v3.exists()) {
            String version = v3.get("version").text();
            if (version == null) {
                String vector = v3.get("vectorString").text();
                Matcher prefix = V3_PREFIX.matcher(vector == null ? "" : vector);
                version = prefix.find() ? prefix.group(1) : "3";
            }
            versions.add("CVSS v" + version);
        }
        return versions;
    }
}
