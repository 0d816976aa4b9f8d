package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.20 Non-draft Document Version: a document with status {@code final} or {@code interim} has a version
 * without a pre-release part.
 */
public final class NonDraftDocumentVersion extends NumberedTest {

    public NonDraftDocumentVersion() {
        super("6.1.20");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        DocumentVersion version = DocumentVersion.parse(TrackingStatus.version(document));
        if (version == null || !version.isPreRelease()) {
            return;
        }
        String status = TrackingStatus.status(document);
        if (TrackingStatus.isReleased(status)) {
            findings.add(TrackingStatus.VERSION_PATH, "The document status is " + status + ", but the document "
                    + "version " + version + " has a pre-release part.");
        }
    }
}
