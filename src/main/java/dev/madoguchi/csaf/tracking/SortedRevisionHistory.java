package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

/**
 * CSAF 2.0 §6.1.14 Sorted Revision History: when the revision history is put in order by {@code date} (as instants,
 * whatever the offsets; items of the same instant by {@code number}), the numbers ascend. One finding names the first
 * pair out of order. Items whose date or number cannot be read are left out; the schema reports them.
 */
public final class SortedRevisionHistory extends NumberedTest {

    public SortedRevisionHistory() {
        super("6.1.14");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        RevisionHistory.Item previous = null;
        for (RevisionHistory.Item item : RevisionHistory.of(document).chronologicalVersions()) {
            if (previous != null && previous.version().compareTo(item.version()) > 0) {
                findings.add(RevisionHistory.PATH, "Sorted by date, the revision history is not sorted by number: "
                        + "version " + previous.number() + " (item " + previous.index() + ") is dated before version "
                        + item.number() + " (item " + item.index() + ").");
                return;
            }
            previous = item;
        }
    }
}
