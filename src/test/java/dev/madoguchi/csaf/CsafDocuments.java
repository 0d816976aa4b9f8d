package dev.madoguchi.csaf;

/** Small CSAF documents written for a test: a category and the top-level members that matter to it. */
final class CsafDocuments {

    private CsafDocuments() {
    }

    /**
     * A document of {@code category} with {@code documentMembers} added to {@code /document} (each followed by a
     * comma, or empty) and {@code topLevel} after it (each preceded by a comma, or empty).
     */
    static String document(String category, String documentMembers, String topLevel) {
        return """
                {"document": {%s"category": "%s", "csaf_version": "2.0", "title": "t",
                  "publisher": {"category": "vendor", "name": "n", "namespace": "https://example.com"},
                  "tracking": {"id": "x", "status": "final", "version": "1",
                    "initial_release_date": "2024-01-01T00:00:00Z", "current_release_date": "2024-01-01T00:00:00Z",
                    "revision_history": [{"date": "2024-01-01T00:00:00Z", "number": "1", "summary": "s"}]}}%s}
                """.formatted(documentMembers, category, topLevel);
    }

    /** A document of {@code category} with {@code topLevel} members after {@code /document}. */
    static String withTopLevel(String category, String topLevel) {
        return document(category, "", topLevel);
    }
}
