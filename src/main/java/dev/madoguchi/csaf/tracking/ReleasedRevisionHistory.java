package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.18 Released Revision History: in a document with status {@code final} or {@code interim}, no revision
 * history item has the number {@code 0} or {@code 0.y.z} (any pre-release or build of major version 0 included).
 */
public final class ReleasedRevisionHistory extends NumberedTest {

    public ReleasedRevisionHistory() {
        super("6.1.18");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        String status = TrackingStatus.status(document);
        if (!TrackingStatus.isReleased(status)) {
            return;
        }
        for (RevisionHistory.Item item : RevisionHistory.of(document).items()) {
            if (item.version() != null && item.version().isBeforeInitialRelease()) {
                findings.add(item.numberPath(), "The document status is " + status
                        + ", but the revision history holds version " + item.number() + ", which is before the "
                        + "initial release.");
            }
        }
    }
}
