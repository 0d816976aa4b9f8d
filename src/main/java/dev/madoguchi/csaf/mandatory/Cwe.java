package dev.madoguchi.csaf.mandatory;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonPointer;
import dev.madoguchi.csaf.JsonValue;
import dev.madoguchi.csaf.NumberedTest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSAF 2.0 §6.1.11 CWE: each {@code /vulnerabilities[]/cwe} must name a CWE that exists, by its right name. The id
 * ({@code CWE-<number>}) must be an entry of the bundled MITRE CWE list ({@link CweNames}: weaknesses, categories and
 * views, deprecated entries included, since CSAF 2.0 forbids none of them) and the {@code name} must be that entry's
 * name, exactly. Values of the wrong type are left to the schema.
 */
public final class Cwe extends NumberedTest {

    private static final Pattern ID = Pattern.compile("CWE-([1-9][0-9]{0,5})");

    public Cwe() {
        super("6.1.11");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        List<JsonValue> vulnerabilities = document.vulnerabilities().elements();
        for (int v = 0; v < vulnerabilities.size(); v++) {
            JsonValue cwe = vulnerabilities.get(v).get("cwe");
            String id = cwe.get("id").text();
            if (!cwe.get("id").isString()) {
                continue;
            }
            String path = JsonPointer.member(JsonPointer.index("/vulnerabilities", v), "cwe");
            var number = ID.matcher(id);
            List<String> names = number.matches() ? CweNames.of(Integer.parseInt(number.group(1))) : List.of();
            if (names.isEmpty()) {
                findings.add(JsonPointer.member(path, "id"), "there is no " + id + " in the CWE list ("
                        + CweNames.versions() + ")");
                continue;
            }
            JsonValue name = cwe.get("name");
            if (name.isString() && !names.contains(name.text())) {
                findings.add(JsonPointer.member(path, "name"), "the name of " + id + " is \"" + names.get(0)
                        + "\", not \"" + name.text() + "\"");
            }
        }
    }
}
