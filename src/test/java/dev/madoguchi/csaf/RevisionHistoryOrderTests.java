package dev.madoguchi.csaf;

import static dev.madoguchi.csaf.TrackingDocuments.history;
import static dev.madoguchi.csaf.TrackingDocuments.item;
import static dev.madoguchi.csaf.TrackingDocuments.paths;
import static dev.madoguchi.csaf.TrackingDocuments.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.tracking.LatestDocumentVersion;
import dev.madoguchi.csaf.tracking.MissingItemInRevisionHistory;
import dev.madoguchi.csaf.tracking.SortedRevisionHistory;

import org.junit.jupiter.api.Test;

/** CSAF 2.0 §6.1.14, §6.1.16 and §6.1.21: the revision history in order of date, then number. */
class RevisionHistoryOrderTests {

    private final SortedRevisionHistory sorted = new SortedRevisionHistory();
    private final LatestDocumentVersion latest = new LatestDocumentVersion();
    private final MissingItemInRevisionHistory missing = new MissingItemInRevisionHistory();

    @Test
    void numbersDescendingByDateAreReportedOnce() {
        assertThat(paths(sorted, history("1", "3", "2", "4"))).containsExactly("/document/tracking/revision_history");
        assertThat(CsafTestCases.findings(sorted, history("1", "3", "2")).get(0).message()).contains("3", "2");
    }

    @Test
    void datesAreComparedAsInstantsAcrossOffsets() {
        // 10:00+02:00 is 08:00Z, before 09:00Z, although its text sorts after it.
        String earlierTwo = tracking("final", "2", item("2024-01-01T10:00:00+02:00", "2"),
                item("2024-01-01T09:00:00Z", "1"));
        String earlierOne = tracking("final", "2", item("2024-01-01T10:00:00+02:00", "1"),
                item("2024-01-01T09:00:00Z", "2"));
        assertThat(paths(sorted, earlierTwo)).hasSize(1);
        assertThat(paths(latest, earlierTwo)).containsExactly("/document/tracking/version");
        assertThat(paths(sorted, earlierOne)).isEmpty();
        assertThat(paths(latest, earlierOne)).isEmpty();
    }

    @Test
    void semanticVersionsAreOrderedByPrecedenceNotText() {
        assertThat(paths(sorted, history("1.9.0", "1.10.0", "2.0.0"))).isEmpty();
        assertThat(paths(sorted, history("1.0.0", "1.0.1", "1.0.0+later"))).hasSize(1);
    }

    @Test
    void itemsOfTheSameInstantAreOrderedByNumber() {
        String sameInstant = tracking("final", "2", item("2024-01-01T12:00:00+02:00", "2"),
                item("2024-01-01T10:00:00Z", "1"));
        assertThat(paths(sorted, sameInstant)).isEmpty();
        assertThat(paths(latest, sameInstant)).isEmpty();
    }

    @Test
    void unreadableDatesNumbersAndShapesAreLeftToTheSchema() {
        String badDate = tracking("final", "2", item("yesterday", "3"), item("2024-01-01T10:00:00Z", "2"));
        assertThat(paths(sorted, badDate)).isEmpty();
        assertThat(paths(latest, badDate)).isEmpty();
        assertThat(paths(missing, badDate)).isEmpty();
        String badNumber = tracking("final", "2", item("2024-01-01T10:00:00Z", "v2"),
                item("2024-01-02T10:00:00Z", "2"));
        assertThat(paths(sorted, badNumber)).isEmpty();
        assertThat(paths(missing, badNumber)).isEmpty();
        for (String odd : new String[] {"{}", "[]", "{\"document\": {\"tracking\": {\"revision_history\": {}}}}",
                "{\"document\": {\"tracking\": {\"version\": 1, \"revision_history\": [1, {\"number\": 2}]}}}"}) {
            assertThat(paths(sorted, odd)).isEmpty();
            assertThat(paths(latest, odd)).isEmpty();
            assertThat(paths(missing, odd)).isEmpty();
        }
    }

    @Test
    void latestVersionIgnoresBuildMetadataOnBothSides() {
        assertThat(paths(latest, tracking("final", "2.0.0+b2", item("2024-01-01T10:00:00Z", "1.0.0"),
                item("2024-01-02T10:00:00Z", "2.0.0+b1")))).isEmpty();
    }

    @Test
    void latestVersionIgnoresThePreReleasePartOnlyInDrafts() {
        String[] items = {item("2024-01-01T10:00:00Z", "1.0.0"), item("2024-01-02T10:00:00Z", "2.0.0")};
        assertThat(paths(latest, tracking("draft", "2.0.0-rc.1", items))).isEmpty();
        assertThat(paths(latest, tracking("interim", "2.0.0-rc.1", items)))
                .containsExactly("/document/tracking/version");
    }

    @Test
    void latestVersionMustNotBeAnOlderItem() {
        assertThat(paths(latest, tracking("final", "1", item("2024-01-01T10:00:00Z", "1"),
                item("2024-01-02T10:00:00Z", "2")))).containsExactly("/document/tracking/version");
    }

    @Test
    void omittedVersionsAreNamedPerGap() {
        var findings = CsafTestCases.findings(missing, history("1", "4", "5", "7"));
        assertThat(findings).extracting(CsafFinding::path).containsOnly("/document/tracking/revision_history");
        assertThat(findings).extracting(CsafFinding::message)
                .satisfiesExactly(m -> assertThat(m).contains("version 2 to 3"), m -> assertThat(m).contains("6"));
    }

    @Test
    void semanticVersioningOnlyCountsMajorVersions() {
        assertThat(paths(missing, history("1.0.0", "1.4.0", "2.0.0", "2.1.7"))).isEmpty();
        assertThat(paths(missing, history("1.0.0", "3.0.0"))).hasSize(1);
    }

    @Test
    void historyStartsAtZeroOrOne() {
        assertThat(paths(missing, history("0", "1", "2"))).isEmpty();
        assertThat(paths(missing, history("0.1.0", "0.2.0", "1.0.0"))).isEmpty();
        assertThat(paths(missing, history("2", "3"))).hasSize(1);
        assertThat(CsafTestCases.findings(missing, history("2.0.0")).get(0).message()).contains("major version 0 or 1");
    }

    @Test
    void aLowerNumberAfterAHigherOneIsNoGap() {
        assertThat(paths(missing, history("1", "2", "3", "2"))).isEmpty();
    }
}
