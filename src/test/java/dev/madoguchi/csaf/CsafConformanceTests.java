package dev.madoguchi.csaf;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole validator, as the command runs it, on the shared corpus: every OASIS failure example fails with its test
 * among the findings and every valid example passes that test (the index {@code testcases.json}), and every real
 * advisory in {@code csaf-real} is valid.
 */
class CsafConformanceTests {

    private static final CsafValidator VALIDATOR = CsafValidator.all();
    static final Path REAL = Path.of("../shared/corpus/csaf-real");

    /**
     * Tests that cannot be run offline and without a dictionary, which issue 8 leaves out: 6.3.6 and 6.3.7 resolve
     * URLs over the network, 6.3.8 is a spell check (CSAF 2.0 §6.3.6–§6.3.8).
     */
    static final Set<String> NEED_NETWORK_OR_SPELL_CHECKER = Set.of("6.3.6", "6.3.7", "6.3.8");

    static Stream<CsafTestCases.Case> cases() {
        return CsafTestCases.all().stream().filter(c -> !NEED_NETWORK_OR_SPELL_CHECKER.contains(c.test()));
    }

    @Test
    void everyOtherTestOfTheSpecificationRuns() {
        Set<String> run = VALIDATOR.tests().stream().map(CsafTest::id).collect(Collectors.toSet());
        assertThat(run).doesNotContainAnyElementsOf(NEED_NETWORK_OR_SPELL_CHECKER);
        Set<String> listed = CsafTestCases.all().stream().map(CsafTestCases.Case::test)
                .filter(id -> !NEED_NETWORK_OR_SPELL_CHECKER.contains(id)).collect(Collectors.toSet());
        assertThat(run).containsAll(listed);
    }

    /** The advisories listed in the real corpus's manifest (the distribution's feeds and indexes are no advisories). */
    static List<Path> realAdvisories() {
        JsonValue manifest = JsonReader.read(CsafTestCases.read(REAL.resolve("manifest.json")));
        return manifest.elements().stream().map(entry -> REAL.resolve(entry.get("path").text())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oasisTestCaseIsJudgedAsItsIndexSays(CsafTestCases.Case testCase) {
        CsafVerdict verdict = VALIDATOR.validate(CsafTestCases.read(testCase.file()));
        List<CsafFinding> ofTest = verdict.findings().stream().filter(f -> f.test().equals(testCase.test())).toList();
        if (testCase.valid()) {
            assertThat(ofTest).as("findings of %s", testCase.test()).isEmpty();
        } else {
            assertThat(ofTest).as("findings of %s among %s", testCase.test(), verdict.findings()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realAdvisories")
    void realAdvisoryIsValid(Path advisory) {
        CsafVerdict verdict = VALIDATOR.validate(CsafTestCases.read(advisory));
        assertThat(verdict.findings()).filteredOn(f -> f.severity() == CsafFinding.Severity.ERROR).isEmpty();
        assertThat(verdict.valid()).isTrue();
    }
}
