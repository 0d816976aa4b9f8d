package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.2.6 Older Current Release Date than Revision History: {@code /document/tracking/current_release_date}
 * is not older than the {@code date} of the newest item of the revision history (dates compared as instants).
 */
public final class OlderCurrentReleaseDateThanRevisionHistory extends NumberedTest {

    public OlderCurrentReleaseDateThanRevisionHistory() {
        super("6.2.6");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        RevisionDateRange.reportOlder(document, "current_release_date", RevisionDateRange.of(document).newest(),
                "newest", findings);
    }
}
