package dev.madoguchi.csaf;

import static dev.madoguchi.csaf.TrackingDocuments.history;
import static dev.madoguchi.csaf.TrackingDocuments.item;
import static dev.madoguchi.csaf.TrackingDocuments.paths;
import static dev.madoguchi.csaf.TrackingDocuments.tracking;
import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.tracking.DocumentStatusDraft;
import dev.madoguchi.csaf.tracking.MultipleDefinitionInRevisionHistory;
import dev.madoguchi.csaf.tracking.NonDraftDocumentVersion;
import dev.madoguchi.csaf.tracking.ReleasedRevisionHistory;
import dev.madoguchi.csaf.tracking.RevisionHistoryEntriesForPreReleaseVersions;
import dev.madoguchi.csaf.tracking.Translator;

import org.junit.jupiter.api.Test;

/** CSAF 2.0 §6.1.15, §6.1.17 to §6.1.20 and §6.1.22: status, version and revision numbers agree. */
class DocumentVersionStatusTests {

    private static final String DAY1 = "2024-01-01T10:00:00Z";
    private static final String DAY2 = "2024-01-02T10:00:00Z";

    @Test
    void translatorWithoutSourceLanguageIsReported() {
        String translated = "{\"document\": {\"publisher\": {\"category\": \"translator\"}, \"lang\": \"de\"}}";
        assertThat(paths(new Translator(), translated)).containsExactly("/document/source_lang");
        assertThat(paths(new Translator(), translated.replace("\"lang\"", "\"source_lang\""))).isEmpty();
        assertThat(paths(new Translator(), translated.replace("\"de\"", "\" \"").replace("\"lang\"",
                "\"source_lang\""))).hasSize(1);
        assertThat(paths(new Translator(), translated.replace("translator", "vendor"))).isEmpty();
    }

    @Test
    void versionBeforeInitialReleaseOrPreReleaseNeedsDraftStatus() {
        DocumentStatusDraft test = new DocumentStatusDraft();
        assertThat(paths(test, tracking("final", "0", item(DAY1, "0")))).containsExactly("/document/tracking/status");
        assertThat(paths(test, tracking("interim", "0.9.5"))).containsExactly("/document/tracking/status");
        assertThat(paths(test, tracking("final", "1.0.0-alpha"))).hasSize(1);
        assertThat(paths(test, tracking("draft", "0.9.5"))).isEmpty();
        assertThat(paths(test, tracking("draft", "1.0.0-alpha"))).isEmpty();
        assertThat(paths(test, tracking("final", "1.0.0+build.5"))).isEmpty();
        assertThat(paths(test, tracking("final", "10"))).isEmpty();
    }

    @Test
    void releasedDocumentHasNoVersionZeroInItsHistory() {
        ReleasedRevisionHistory test = new ReleasedRevisionHistory();
        assertThat(paths(test, history("0.1.0", "1.0.0")))
                .containsExactly("/document/tracking/revision_history/0/number");
        assertThat(paths(test, tracking("interim", "1", item(DAY1, "0"), item(DAY2, "1")))).hasSize(1);
        assertThat(paths(test, tracking("draft", "1", item(DAY1, "0"), item(DAY2, "1")))).isEmpty();
        assertThat(paths(test, history("1.0.0", "10.0.0"))).isEmpty();
    }

    @Test
    void preReleaseInHistoryIsReportedWhateverTheStatus() {
        RevisionHistoryEntriesForPreReleaseVersions test = new RevisionHistoryEntriesForPreReleaseVersions();
        assertThat(paths(test, tracking("draft", "1.0.0", item(DAY1, "1.0.0-rc.1"), item(DAY2, "1.0.0"))))
                .containsExactly("/document/tracking/revision_history/0/number");
        assertThat(paths(test, history("1.0.0+build-1", "1.0.1"))).isEmpty();
        assertThat(paths(test, history("1", "2"))).isEmpty();
    }

    @Test
    void finalOrInterimVersionHasNoPreReleasePart() {
        NonDraftDocumentVersion test = new NonDraftDocumentVersion();
        assertThat(paths(test, tracking("interim", "1.0.0-alpha"))).containsExactly("/document/tracking/version");
        assertThat(paths(test, tracking("final", "2.0.0-0.3.7"))).hasSize(1);
        assertThat(paths(test, tracking("draft", "1.0.0-alpha"))).isEmpty();
        assertThat(paths(test, tracking("final", "1.0.0+exp.sha.5114f85"))).isEmpty();
    }

    @Test
    void repeatedRevisionNumberIsReportedAtEachRepetition() {
        MultipleDefinitionInRevisionHistory test = new MultipleDefinitionInRevisionHistory();
        assertThat(paths(test, history("1", "2", "2", "2"))).containsExactly(
                "/document/tracking/revision_history/2/number", "/document/tracking/revision_history/3/number");
        assertThat(CsafTestCases.findings(test, history("1", "1")).get(0).message()).contains("item 0");
        assertThat(paths(test, history("1.0.0", "1.0.1", "2.0.0"))).isEmpty();
    }
}
