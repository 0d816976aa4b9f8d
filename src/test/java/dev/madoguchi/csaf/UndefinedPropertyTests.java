package dev.madoguchi.csaf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.madoguchi.csaf.optional.AdditionalProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSAF 2.0 §6.2.20 Additional Properties: every property the CSAF schema (with the FIRST CVSS schemas it refers to)
 * does not define is reported once, at its own pointer, by name; nothing else is.
 */
class UndefinedPropertyTests {

    private static final CsafTest TEST = new AdditionalProperties();

    private static final String TREE = """
            , "product_tree": {"branches": [{"category": "vendor", "name": "V", "branches": [
                {"category": "product_name", "name": "P", "branches": [
                  {"category": "product_version", "name": "1", "product": {"name": "V P 1", "product_id": "P1",
                    "product_identification_helper": {"cpe": "cpe:/a:v:p:1"%s}}}]}]}]}
            """;

    private static final String CVSS = """
            , "vulnerabilities": [{"scores": [{"products": ["P1"], "cvss_v3": {"version": "%s",
                "vectorString": "CVSS:%s/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "baseScore": 9.8,
                "baseSeverity": "CRITICAL"%s}}]}]
            """;

    private static List<CsafFinding> findings(String json) {
        return CsafTestCases.findings(TEST, json);
    }

    private static List<String> paths(String json) {
        return findings(json).stream().map(CsafFinding::path).toList();
    }

    private static void assertSingleFindingNaming(String json, String path, String name) {
        assertThat(findings(json)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.message()).contains("'" + name + "'").doesNotContain("oneOf");
        });
    }

    private static void assertUnknownMemberOfDocumentIsReported(String name, String value) {
        String json = CsafDocuments.document("csaf_base", "\"" + name + "\": " + value + ", ", "");
        assertSingleFindingNaming(json, "/document/" + name, name);
    }

    @Test
    void oasisCasesAreJudgedAsTheirIndexSays() {
        for (CsafTestCases.Case testCase : CsafTestCases.of("6.2.20")) {
            List<CsafFinding> found = CsafTestCases.findings(TEST, testCase.file());
            if (testCase.valid()) {
                assertThat(found).as(testCase.toString()).isEmpty();
            } else {
                assertThat(found).as(testCase.toString()).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.test()).isEqualTo("6.2.20"));
            }
        }
    }

    @Test
    void oasisFailingExampleOneReportsTheCustomPropertyOfDocument() {
        // The content of oasis_csaf_tc-csaf_2_0-2021-6-2-20-01.json (not in the shared corpus's share).
        assertUnknownMemberOfDocumentIsReported("custom_property", "\"any\"");
    }

    @Test
    void documentWithOnlyDefinedPropertiesPasses() {
        String json = CsafDocuments.withTopLevel("csaf_base", TREE.formatted("") + CVSS.formatted("3.1", "3.1", ""));
        assertThat(findings(json)).isEmpty();
    }

    @Test
    void unknownTopLevelMemberIsReported() {
        assertThat(paths(CsafDocuments.withTopLevel("csaf_base", ", \"extra\": {\"a\": 1}"))).containsExactly("/extra");
    }

    @Test
    void unknownMemberOfAProductDeepInTheBranchesIsReported() {
        String json = CsafDocuments.withTopLevel("csaf_base", TREE.formatted(", \"sbom\": \"x\""));
        assertThat(paths(json)).containsExactly(
                "/product_tree/branches/0/branches/0/branches/0/product/product_identification_helper/sbom");
    }

    @Test
    void unknownMemberOfABranchItselfIsReported() {
        String json = CsafDocuments.withTopLevel("csaf_base", """
                , "product_tree": {"branches": [{"category": "vendor", "name": "V", "note": "n",
                    "product": {"name": "V", "product_id": "P1"}}]}
                """);
        assertThat(paths(json)).containsExactly("/product_tree/branches/0/note");
    }

    @Test
    void unknownMemberOfACvssV31ObjectIsReportedOnceAtItselfNotAsAOneOfFailure() {
        String json = CsafDocuments.withTopLevel("csaf_base",
                TREE.formatted("") + CVSS.formatted("3.1", "3.1", ", \"vendorScore\": 1"));
        assertSingleFindingNaming(json, "/vulnerabilities/0/scores/0/cvss_v3/vendorScore", "vendorScore");
    }

    @Test
    void unknownMemberOfACvssV30ObjectIsReported() {
        String json = CsafDocuments.withTopLevel("csaf_base",
                TREE.formatted("") + CVSS.formatted("3.0", "3.0", ", \"exploitability\": \"HIGH\""));
        assertThat(paths(json)).containsExactly("/vulnerabilities/0/scores/0/cvss_v3/exploitability");
    }

    @Test
    void cvssObjectThatMatchesNoBranchStillReportsOnlyMembersNoBranchDefines() {
        String json = CsafDocuments.withTopLevel("csaf_base",
                TREE.formatted("") + CVSS.formatted("3.2", "3.1", ", \"x\": 1"));
        assertThat(paths(json)).containsExactly("/vulnerabilities/0/scores/0/cvss_v3/x");
    }

    @Test
    void unknownMemberOfACvssV2ObjectIsReported() {
        String json = CsafDocuments.withTopLevel("csaf_base", """
                , "vulnerabilities": [{"scores": [{"products": ["P1"], "cvss_v2": {"version": "2.0",
                    "vectorString": "AV:N/AC:L/Au:N/C:C/I:C/A:C", "baseScore": 10.0, "remark": "r"}}]}]
                """);
        assertThat(paths(json)).containsExactly("/vulnerabilities/0/scores/0/cvss_v2/remark");
    }

    @Test
    void vendorExtensionIsNoException() {
        assertUnknownMemberOfDocumentIsReported("x_acme", "{\"internal_id\": 7}");
    }

    @Test
    void membersOfAnUnknownPropertyAreNotReportedOneByOne() {
        String json = CsafDocuments.withTopLevel("csaf_base", ", \"extra\": {\"a\": 1, \"b\": {\"c\": 2}}");
        assertThat(paths(json)).containsExactly("/extra");
    }

    @Test
    void unknownMembersInArrayItemsArePointedAtByIndexWithEscaping() {
        String json = CsafDocuments.document("csaf_base", """
                "notes": [{"category": "general", "text": "t"}, {"category": "general", "text": "t", "a/b~c": 1}],
                """, "");
        assertThat(paths(json)).containsExactly("/document/notes/1/a~1b~0c");
    }

    @Test
    void valuesOfTheWrongTypeAreLeftToTheSchemaValidation() {
        String json = """
                {"document": "text", "product_tree": [{"x": 1}], "vulnerabilities": {"y": 2}}
                """;
        assertThat(findings(json)).isEmpty();
        assertThat(findings("[{\"x\": 1}]")).isEmpty();
        assertThat(findings("\"x\"")).isEmpty();
    }

    @Test
    void officialExamplesDefineEveryProperty() throws IOException {
        List<Path> examples;
        try (Stream<Path> walk = Files.walk(Path.of("../shared/corpus/csaf-examples/csaf"))) {
            examples = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            assertThat(CsafTestCases.findings(TEST, example)).as(example.toString()).isEmpty();
        }
    }

    @Test
    void realAdvisoriesAreCountedForInformation() {
        int findings = 0;
        int documents = 0;
        StringBuilder sample = new StringBuilder();
        for (Path advisory : CsafConformanceTests.realAdvisories()) {
            List<CsafFinding> found = CsafTestCases.findings(TEST, advisory);
            if (!found.isEmpty()) {
                documents++;
                findings += found.size();
                if (sample.length() < 2000) {
                    sample.append("  ").append(advisory.getFileName()).append(": ").append(found.get(0).path())
                            .append('\n');
                }
            }
        }
        System.out.println("6.2.20 over csaf-real: " + findings + " findings in " + documents + " documents\n"
                + sample);
        assertThat(findings).isGreaterThanOrEqualTo(0);
    }
}
