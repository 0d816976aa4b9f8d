package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;

/**
 * CSAF 2.0 §6.1.27.2 Document References: a {@code csaf_informational_advisory} or
 * {@code csaf_security_incident_response} needs at least one item in {@code /document/references} that links to an
 * external source, i.e. of {@code category} {@code external}. A reference without a {@code category} counts as
 * external, since that is the schema's default for it (§3.1.5.1); missing references fail.
 */
public final class DocumentReferences extends ProfileTest {

    public DocumentReferences() {
        super("6.1.27.2", INFORMATIONAL_OR_INCIDENT);
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        for (JsonValue reference : document.document().get("references").elements()) {
            JsonValue category = reference.get("category");
            if (reference.isObject() && (category.isMissing() || "external".equals(category.text()))) {
                return;
            }
        }
        findings.add("/document/references", "A document of category " + document.category()
                + " needs a reference of category external; there is none");
    }
}
