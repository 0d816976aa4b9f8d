package dev.madoguchi.csaf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.mandatory.Cwe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CSAF 2.0 §6.1.11 CWE: the CWE must exist and carry its name. */
class CweNameTests {

    private static final CsafTest CWE = new Cwe();

    static List<CsafTestCases.Case> cases() {
        return CsafTestCases.of("6.1.11");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oasisTestFilesFailOrPassAsListed(CsafTestCases.Case testCase) {
        List<CsafFinding> findings = CsafTestCases.findings(CWE, testCase.file());

        if (testCase.valid()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).isNotEmpty().allMatch(f -> f.test().equals("6.1.11"));
        }
    }

    @Test
    void theRightNameOfAnExistingCwePasses() {
        assertThat(CsafTestCases.findings(CWE, cwe("CWE-79", "Improper Neutralization of Input During Web Page "
                + "Generation ('Cross-site Scripting')"))).isEmpty();
        assertThat(CsafTestCases.findings(CWE, cwe("CWE-20", "Improper Input Validation"))).isEmpty();
    }

    @Test
    void anotherCwesNameIsReportedAtTheNameWithTheRightOne() {
        List<CsafFinding> findings = CsafTestCases.findings(CWE, cwe("CWE-79", "Improper Input Validation"));

        assertThat(findings).extracting(CsafFinding::path).containsExactly("/vulnerabilities/0/cwe/name");
        assertThat(findings.get(0).message()).contains("Cross-site Scripting", "Improper Input Validation");
    }

    @Test
    void theNameMustMatchExactly() {
        assertThat(CsafTestCases.findings(CWE, cwe("CWE-20", "improper input validation"))).hasSize(1);
        assertThat(CsafTestCases.findings(CWE, cwe("CWE-20", "Improper Input Validation "))).hasSize(1);
    }

    @Test
    void anIdThatIsNoCweIsReportedAtTheId() {
        for (String id : List.of("CWE-99999", "CWE-0", "CWE-079", "CWE-", "79", "cwe-79")) {
            assertThat(CsafTestCases.findings(CWE, cwe(id, "Anything"))).as(id)
                    .extracting(CsafFinding::path).containsExactly("/vulnerabilities/0/cwe/id");
        }
    }

    @Test
    void categoriesViewsAndDeprecatedEntriesExistInCsaf20() {
        assertThat(CsafTestCases.findings(CWE, cwe("CWE-16", "Configuration"))).isEmpty();
        assertThat(CsafTestCases.findings(CWE, cwe("CWE-1003",
                "Weaknesses for Simplified Mapping of Published Vulnerabilities"))).isEmpty();
        assertThat(CsafTestCases.findings(CWE, cwe("CWE-1", "DEPRECATED: Location"))).isEmpty();
    }

    @Test
    void wrongTypesAndMissingMembersAreLeftToTheSchema() {
        assertThat(CsafTestCases.findings(CWE, "{\"vulnerabilities\": [{\"cwe\": {\"id\": 79, \"name\": \"X\"}},"
                + " {\"cwe\": \"CWE-79\"}, {\"cwe\": {\"id\": \"CWE-79\"}}, {\"cwe\": {\"id\": \"CWE-79\","
                + " \"name\": null}}, 5]}")).isEmpty();
        assertThat(CsafTestCases.findings(CWE, "{\"vulnerabilities\": {\"cwe\": {}}}")).isEmpty();
    }

    @Test
    void realAdvisoriesPass() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../shared/corpus/csaf-real"))) {
            List<Path> advisories = files.filter(f -> f.toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals("manifest.json")).toList();
            assertThat(advisories).hasSizeGreaterThan(400);
            for (Path advisory : advisories) {
                assertThat(CsafTestCases.findings(CWE, advisory)).as(advisory.toString()).isEmpty();
            }
        }
    }

    private static String cwe(String id, String name) {
        return "{\"vulnerabilities\": [{\"cwe\": {\"id\": \"" + id + "\", \"name\": \"" + name + "\"}}]}";
    }
}
