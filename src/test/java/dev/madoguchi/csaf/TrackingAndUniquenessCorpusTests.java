package dev.madoguchi.csaf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.mandatory.MultipleDefinitionInInvolvements;
import dev.madoguchi.csaf.mandatory.MultipleUseOfSameCve;
import dev.madoguchi.csaf.mandatory.MultipleUseOfSameHashAlgorithm;
import dev.madoguchi.csaf.mandatory.ProhibitedDocumentCategoryName;
import dev.madoguchi.csaf.tracking.DocumentStatusDraft;
import dev.madoguchi.csaf.tracking.LatestDocumentVersion;
import dev.madoguchi.csaf.tracking.MissingItemInRevisionHistory;
import dev.madoguchi.csaf.tracking.MultipleDefinitionInRevisionHistory;
import dev.madoguchi.csaf.tracking.NonDraftDocumentVersion;
import dev.madoguchi.csaf.tracking.ReleasedRevisionHistory;
import dev.madoguchi.csaf.tracking.RevisionHistoryEntriesForPreReleaseVersions;
import dev.madoguchi.csaf.tracking.SortedRevisionHistory;
import dev.madoguchi.csaf.tracking.Translator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mandatory tests CSAF 2.0 §6.1.14 to §6.1.26 on the OASIS test files (each failing file fails with findings of
 * its test, each valid file has none) and on the real CISA advisories (none fails any of them).
 */
class TrackingAndUniquenessCorpusTests {

    static final List<CsafTest> TESTS = List.of(new SortedRevisionHistory(), new Translator(),
            new LatestDocumentVersion(), new DocumentStatusDraft(), new ReleasedRevisionHistory(),
            new RevisionHistoryEntriesForPreReleaseVersions(), new NonDraftDocumentVersion(),
            new MissingItemInRevisionHistory(), new MultipleDefinitionInRevisionHistory(), new MultipleUseOfSameCve(),
            new MultipleDefinitionInInvolvements(), new MultipleUseOfSameHashAlgorithm(),
            new ProhibitedDocumentCategoryName());

    static Stream<CsafTestCases.Case> oasisCases() {
        return CsafTestCases.all().stream().filter(c -> TESTS.stream().anyMatch(t -> t.id().equals(c.test())));
    }

    @ParameterizedTest
    @MethodSource("oasisCases")
    void oasisFileFailsOrPassesAsListed(CsafTestCases.Case testCase) {
        CsafTest test = TESTS.stream().filter(t -> t.id().equals(testCase.test())).findFirst().orElseThrow();
        List<CsafFinding> findings = CsafTestCases.findings(test, testCase.file());
        if (testCase.valid()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).isNotEmpty().allMatch(f -> f.test().equals(test.id()));
        }
    }

    @Test
    void everyTestIsRegisteredInSpecOrder() {
        List<String> registered = MandatoryTests.ALL.stream().map(CsafTest::id)
                .filter(id -> TESTS.stream().anyMatch(t -> t.id().equals(id))).toList();
        assertThat(registered).containsExactlyElementsOf(TESTS.stream().map(CsafTest::id).toList());
    }

    @Test
    void noTestThrowsOnAnyTestFileOrOddShape() {
        List<String> odd = List.of("null", "[]", "{\"document\": []}", "{\"document\": {\"tracking\": 5,"
                + " \"category\": 5, \"publisher\": \"x\"}, \"vulnerabilities\": [5, {\"involvements\": [3, {}]}],"
                + " \"product_tree\": {\"branches\": [{\"branches\": {}}, 7], \"full_product_names\": [{"
                + "\"product_identification_helper\": {\"hashes\": [5, {\"file_hashes\": [2, {}]}]}}]}}",
                "{\"document\": {\"tracking\": {\"status\": \"final\", \"version\": \"0.0.0-0\","
                + " \"revision_history\": [null, {\"date\": \"2024-13-45T99:00:00Z\", \"number\": \"\"},"
                + " {\"date\": \"2024-01-01T10:00:00.1234567891234Z\", \"number\": \"99999999999999999999999\"}]}}}");
        for (CsafTest test : TESTS) {
            for (CsafTestCases.Case testCase : CsafTestCases.all()) {
                CsafTestCases.findings(test, testCase.file());
            }
            for (String json : odd) {
                CsafTestCases.findings(test, json);
            }
        }
    }

    @Test
    void noRealAdvisoryFailsAnyOfTheseTests() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("../shared/corpus/csaf-real"))) {
            files = walk.filter(p -> p.toString().endsWith(".json") && !p.endsWith("manifest.json"))
                    .filter(p -> !p.toString().contains("cisa-distribution")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(400);
        for (Path file : files) {
            JsonValue root = JsonReader.read(CsafTestCases.read(file));
            for (CsafTest test : TESTS) {
                assertThat(CsafTestCases.findings(test, root)).as("%s on %s", test.id(), file).isEmpty();
            }
        }
    }
}
