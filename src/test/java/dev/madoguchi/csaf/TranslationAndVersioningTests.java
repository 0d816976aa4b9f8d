package dev.madoguchi.csaf;

import static dev.madoguchi.csaf.CsafDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.mandatory.MixedIntegerAndSemanticVersioning;
import dev.madoguchi.csaf.mandatory.Translation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSAF 2.0 §6.1.28 Translation and §6.1.30 Mixed Integer and Semantic Versioning. */
class TranslationAndVersioningTests {

    private static List<String> paths(CsafTest test, String json) {
        return CsafTestCases.findings(test, json).stream().map(CsafFinding::path).toList();
    }

    @Test
    void sourceLanguageEqualToDocumentLanguageIsReportedIgnoringCase() {
        Translation test = new Translation();
        assertThat(paths(test, document("csaf_base", "\"lang\": \"en-US\", \"source_lang\": \"en-US\", ", "")))
                .containsExactly("/document/source_lang");
        assertThat(paths(test, document("csaf_base", "\"lang\": \"en-US\", \"source_lang\": \"en-us\", ", "")))
                .containsExactly("/document/source_lang");
        assertThat(paths(test, document("csaf_base", "\"lang\": \"en-GB\", \"source_lang\": \"en-US\", ", "")))
                .isEmpty();
        assertThat(paths(test, document("csaf_base", "\"lang\": \"en\", ", ""))).isEmpty();
        assertThat(paths(test, document("csaf_base", "\"source_lang\": \"en\", ", ""))).isEmpty();
        assertThat(paths(test, document("csaf_base", "\"lang\": 1, \"source_lang\": 1, ", ""))).isEmpty();
    }

    private static String tracking(String version, String... numbers) {
        StringBuilder history = new StringBuilder();
        for (String number : numbers) {
            history.append(history.isEmpty() ? "" : ", ").append(
                    "{\"date\": \"2024-01-01T00:00:00Z\", \"number\": \"" + number + "\", \"summary\": \"s\"}");
        }
        return "{\"document\": {\"category\": \"csaf_base\", \"tracking\": {\"version\": \"" + version
                + "\", \"revision_history\": [" + history + "]}}}";
    }

    @Test
    void revisionHistorySwitchingFromSemanticToIntegerVersioningIsReported() {
        assertThat(paths(new MixedIntegerAndSemanticVersioning(), tracking("2", "1.0.0", "2")))
                .containsExactly("/document/tracking/revision_history/1/number", "/document/tracking/version");
    }

    @Test
    void documentVersionOfTheOtherSchemeIsReported() {
        assertThat(paths(new MixedIntegerAndSemanticVersioning(), tracking("2.0.0", "1", "2")))
                .containsExactly("/document/tracking/version");
    }

    @Test
    void homogeneousVersioningPassesIncludingPreReleaseAndBuildMetadata() {
        MixedIntegerAndSemanticVersioning test = new MixedIntegerAndSemanticVersioning();
        assertThat(paths(test, tracking("3", "1", "2", "3"))).isEmpty();
        assertThat(paths(test, tracking("1.0.0+build.7", "0.9.0-rc.1", "1.0.0+build.7"))).isEmpty();
    }

    @Test
    void valuesThatAreNeitherSchemeAreLeftToTheSchema() {
        MixedIntegerAndSemanticVersioning test = new MixedIntegerAndSemanticVersioning();
        assertThat(paths(test, tracking("1", "1.0", "01", "1"))).isEmpty();
        assertThat(paths(test, "{\"document\": {\"tracking\": {\"version\": 2, \"revision_history\": [3, "
                + "{\"number\": 1.5}]}}}")).isEmpty();
        assertThat(paths(test, "{\"document\": []}")).isEmpty();
    }
}
