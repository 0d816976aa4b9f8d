package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.19 Revision History Entries for Pre-release Versions: no revision history item has a number with a
 * pre-release part ({@code 1.0.0-rc}), whatever the document status.
 */
public final class RevisionHistoryEntriesForPreReleaseVersions extends NumberedTest {

    public RevisionHistoryEntriesForPreReleaseVersions() {
        super("6.1.19");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        for (RevisionHistory.Item item : RevisionHistory.of(document).items()) {
            if (item.version() != null && item.version().isPreRelease()) {
                findings.add(item.numberPath(), "The revision history holds the pre-release version "
                        + item.number() + "; pre-releases get no revision history item.");
            }
        }
    }
}
