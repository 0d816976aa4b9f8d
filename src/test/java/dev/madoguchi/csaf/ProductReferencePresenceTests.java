package dev.madoguchi.csaf;

import static dev.madoguchi.csaf.CsafDocuments.withTopLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.mandatory.FlagWithoutProductReference;
import dev.madoguchi.csaf.mandatory.RemediationWithoutProductReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSAF 2.0 §6.1.29 and §6.1.32: remediations and flags must say which products they apply to. */
class ProductReferencePresenceTests {

    private static List<String> paths(CsafTest test, String vulnerabilities) {
        return CsafTestCases.findings(test, withTopLevel("csaf_base", ", \"vulnerabilities\": " + vulnerabilities))
                .stream().map(CsafFinding::path).toList();
    }

    @Test
    void remediationWithNeitherProductIdsNorGroupIdsIsReported() {
        String vulnerabilities = """
                [{"remediations": [{"category": "vendor_fix", "details": "d", "product_ids": ["P1"]},
                                   {"category": "no_fix_planned", "details": "d"}]},
                 {"remediations": [{"category": "workaround", "details": "d", "group_ids": ["G1"]},
                                   {"category": "mitigation", "details": "d"}]}]
                """;
        assertThat(paths(new RemediationWithoutProductReference(), vulnerabilities))
                .containsExactly("/vulnerabilities/0/remediations/1", "/vulnerabilities/1/remediations/1");
    }

    @Test
    void flagWithNeitherProductIdsNorGroupIdsIsReported() {
        String vulnerabilities = """
                [{"flags": [{"label": "component_not_present"},
                            {"label": "vulnerable_code_not_present", "group_ids": ["G1"]},
                            {"label": "vulnerable_code_not_in_execute_path", "product_ids": ["P1"]}]}]
                """;
        assertThat(paths(new FlagWithoutProductReference(), vulnerabilities))
                .containsExactly("/vulnerabilities/0/flags/0");
    }

    @Test
    void nothingToReportWithoutRemediationsOrFlagsAndWrongTypesDoNotThrow() {
        assertThat(paths(new RemediationWithoutProductReference(), "[{\"title\": \"v\"}]")).isEmpty();
        assertThat(paths(new FlagWithoutProductReference(), "{\"flags\": []}")).isEmpty();
        assertThat(paths(new FlagWithoutProductReference(), "[{\"flags\": {\"label\": \"x\"}}, 3]")).isEmpty();
        // an item that is no object is the schema's to report, not this test's
        assertThat(paths(new RemediationWithoutProductReference(), "[{\"remediations\": [3]}]")).isEmpty();
    }
}
