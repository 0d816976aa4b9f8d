package dev.madoguchi.csaf.profile;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.JsonValue;
import java.util.Set;

/**
 * CSAF 2.0 §6.1.27.1 Document Notes: a {@code csaf_informational_advisory} or {@code csaf_security_incident_response}
 * needs at least one item in {@code /document/notes} whose {@code category} is {@code description}, {@code details},
 * {@code general} or {@code summary}. Missing notes fail as well.
 */
public final class DocumentNotes extends ProfileTest {

    private static final Set<String> CATEGORIES = Set.of("description", "details", "general", "summary");

    public DocumentNotes() {
        super("6.1.27.1", INFORMATIONAL_OR_INCIDENT);
    }

    @Override
    void check(CsafDocument document, Findings findings) {
        for (JsonValue note : document.document().get("notes").elements()) {
            String category = note.get("category").text();
            if (category != null && CATEGORIES.contains(category)) {
                return;
            }
        }
        findings.add("/document/notes", "A document of category " + document.category()
                + " needs a note of category description, details, general or summary; there is none");
    }
}
