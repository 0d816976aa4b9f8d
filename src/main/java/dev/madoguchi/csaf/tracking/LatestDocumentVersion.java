package dev.madoguchi.csaf.tracking;

import dev.madoguchi.csaf.CsafDocument;
import dev.madoguchi.csaf.NumberedTest;

import java.util.List;

/**
 * CSAF 2.0 §6.1.16 Latest Document Version: {@code /document/tracking/version} equals the {@code number} of the last
 * revision history item when the history is sorted by date (then number). Build metadata ({@code +...}) is ignored on
 * both sides; in a {@code draft} document the pre-release part ({@code -...}) is ignored too. Skipped when an item's
 * date cannot be read, since the latest item is then unknown.
 */
public final class LatestDocumentVersion extends NumberedTest {

    public LatestDocumentVersion() {
        super("6.1.16");
    }

    @Override
    public void run(CsafDocument document, Findings findings) {
        String version = TrackingStatus.version(document);
        RevisionHistory history = RevisionHistory.of(document);
        List<RevisionHistory.Item> chronological = history.chronological();
        if (version == null || chronological.isEmpty() || !history.fullyDated()) {
            return;
        }
        RevisionHistory.Item latest = chronological.get(chronological.size() - 1);
        if (latest.number() == null) {
            return;
        }
        boolean draft = "draft".equals(TrackingStatus.status(document));
        if (!comparable(version, draft).equals(comparable(latest.number(), draft))) {
            findings.add(TrackingStatus.VERSION_PATH, "The document version " + version + " is not the number "
                    + latest.number() + " of the latest revision history item (item " + latest.index() + ").");
        }
    }

    /** The version without build metadata, and without its pre-release part in a draft. */
    private static String comparable(String version, boolean draft) {
        int plus = version.indexOf('+');
        String withoutBuild = plus < 0 ? version : version.substring(0, plus);
        int dash = draft ? withoutBuild.indexOf('-') : -1;
        return dash < 0 ? withoutBuild : withoutBuild.substring(0, dash);
    }
}
