package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.CsafFinding;
import dev.madoguchi.csaf.CsafSchema;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.2.20 Additional Properties: the document has no property that the CSAF JSON schema does not define,
 * anywhere (the relevant path is {@code /}). The specification deems it sufficient to validate against a "strict"
 * schema with {@code additionalProperties: false} on every object; this applies that to the CVSS objects too, whose
 * members the FIRST CVSS schemas the CSAF schema refers to define ({@link CsafSchema#additionalProperties}). Each
 * finding points at the unknown property and names it; a vendor extension such as {@code x_vendor} is no exception,
 * since CSAF 2.0 defines no extension point.
 */
public final class AdditionalProperties extends NumberedTest {

    public AdditionalProperties() {
        super("6.2.20");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        for (CsafFinding finding : CsafSchema.bundled().additionalProperties(document.root())) {
            findings.add(finding.path(), finding.message());
        }
    }
}
