package dev.madoguchi.csaf.optional;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.2.5 Older Initial Release Date than Revision History: {@code /document/tracking/initial_release_date}
 * is not older than the {@code date} of the oldest item of the revision history (dates compared as instants).
 */
public final class OlderInitialReleaseDateThanRevisionHistory extends NumberedTest {

    public OlderInitialReleaseDateThanRevisionHistory() {
        super("6.2.5");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        RevisionDateRange.reportOlder(document, "initial_release_date", RevisionDateRange.of(document).oldest(),
                "oldest", findings);
    }
}
