package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.17 Document Status Draft: a document whose version is {@code 0}, {@code 0.y.z} or has a pre-release
 * part has the status {@code draft}. A missing status is left to the schema.
 */
public final class DocumentStatusDraft extends NumberedTest {

    public DocumentStatusDraft() {
        super("6.1.17");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        String status = TrackingStatus.status(document);
        DocumentVersion version = DocumentVersion.parse(TrackingStatus.version(document));
        if (status == null || "draft".equals(status) || version == null) {
            return;
        }
        if (version.isBeforeInitialRelease() || version.isPreRelease()) {
            findings.add(TrackingStatus.STATUS_PATH, "The document version " + version + " is "
                    + (version.isPreRelease() ? "a pre-release" : "before the initial release")
                    + ", but the document status is " + status + " rather than draft.");
        }
    }
}
