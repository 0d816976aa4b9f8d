package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

import java.math.BigInteger;
import java.util.List;

/**
 * CSAF 2.0 §6.1.21 Missing Item in Revision History: sorted by date (then number), the revision history starts at
 * version 0 or 1 and omits no version in between — for semantic versioning, no major version. One finding for a wrong
 * start, one per gap, naming the versions missing. A number lower than one before it is §6.1.14's concern, not a
 * gap. Skipped when an item's date or number cannot be read, since the order and the versions are then unknown.
 */
public final class MissingItemInRevisionHistory extends NumberedTest {

    public MissingItemInRevisionHistory() {
        super("6.1.21");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        RevisionHistory history = RevisionHistory.of(document);
        List<RevisionHistory.Item> items = history.chronologicalVersions();
        if (items.isEmpty() || !history.complete()) {
            return;
        }
        RevisionHistory.Item first = items.get(0);
        BigInteger highest = first.version().major();
        if (highest.compareTo(BigInteger.ONE) > 0) {
            findings.add(RevisionHistory.PATH, "The earliest revision history item (item " + first.index()
                    + ") has version " + first.number() + "; the history starts at "
                    + (first.version().isInteger() ? "version 0 or 1." : "major version 0 or 1."));
        }
        for (RevisionHistory.Item item : items.subList(1, items.size())) {
            BigInteger major = item.version().major();
            BigInteger expected = highest.add(BigInteger.ONE);
            if (major.compareTo(expected) > 0) {
                BigInteger last = major.subtract(BigInteger.ONE);
                findings.add(RevisionHistory.PATH, "The revision history omits "
                        + (item.version().isInteger() ? "version " : "major version ") + expected
                        + (last.equals(expected) ? "" : " to " + last) + " before version " + item.number()
                        + " (item " + item.index() + ").");
            }
            highest = highest.max(major);
        }
    }
}
