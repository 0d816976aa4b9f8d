package dev.madoguchi.csaf;

import static dev.madoguchi.csaf.CsafDocuments.withTopLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.mandatory.MultipleFlagsWithVexJustificationCodesPerProduct;
import dev.madoguchi.csaf.profile.ActionStatement;
import dev.madoguchi.csaf.profile.ImpactStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSAF 2.0 §6.1.27.9 Impact Statement, §6.1.27.10 Action Statement and §6.1.33 Multiple Flags with VEX
 * Justification Codes per Product: statements that apply to products directly or through product groups.
 */
class VexStatementTests {

    private static final String TREE = """
            , "product_tree": {
              "full_product_names": [{"product_id": "P0", "name": "A"}, {"product_id": "P1", "name": "B"},
                                     {"product_id": "P2", "name": "C"}],
              "product_groups": [{"group_id": "G1", "product_ids": ["P0", "P1"]},
                                 {"group_id": "G2", "product_ids": ["P2"]}]}
            """;

    private static List<String> paths(CsafTest test, String category, String vulnerabilities) {
        return CsafTestCases.findings(test, withTopLevel(category, TREE + ", \"vulnerabilities\": " + vulnerabilities))
                .stream().map(CsafFinding::path).toList();
    }

    @Test
    void knownNotAffectedProductWithoutFlagOrImpactThreatIsReportedWhereListed() {
        String vulnerabilities = """
                [{"product_status": {"known_not_affected": ["P0", "P1", "P2"]},
                  "threats": [{"category": "impact", "details": "d", "group_ids": ["G1"]}]}]
                """;
        assertThat(paths(new ImpactStatement(), "csaf_vex", vulnerabilities))
                .containsExactly("/vulnerabilities/0/product_status/known_not_affected/2");
    }

    @Test
    void impactStatementMayBeAFlagOrAnImpactThreatButNotAnotherThreatCategory() {
        String vulnerabilities = """
                [{"product_status": {"known_not_affected": ["P0", "P1", "P2"]},
                  "flags": [{"label": "component_not_present", "product_ids": ["P0"]}],
                  "threats": [{"category": "impact", "details": "d", "product_ids": ["P1"]},
                              {"category": "exploit_status", "details": "d", "product_ids": ["P2"]}]}]
                """;
        assertThat(paths(new ImpactStatement(), "csaf_vex", vulnerabilities))
                .containsExactly("/vulnerabilities/0/product_status/known_not_affected/2");
    }

    @Test
    void impactStatementOfAnotherVulnerabilityDoesNotCount() {
        String vulnerabilities = """
                [{"product_status": {"known_not_affected": ["P0"]}},
                 {"product_status": {"known_not_affected": ["P1"]},
                  "flags": [{"label": "component_not_present", "product_ids": ["P0", "P1"]}]}]
                """;
        assertThat(paths(new ImpactStatement(), "csaf_vex", vulnerabilities))
                .containsExactly("/vulnerabilities/0/product_status/known_not_affected/0");
    }

    @Test
    void impactAndActionStatementsAreOnlyRequiredInVex() {
        String vulnerabilities = "[{\"product_status\": {\"known_not_affected\": [\"P0\"], \"known_affected\": "
                + "[\"P1\"]}}]";
        assertThat(paths(new ImpactStatement(), "csaf_security_advisory", vulnerabilities)).isEmpty();
        assertThat(paths(new ActionStatement(), "csaf_security_advisory", vulnerabilities)).isEmpty();
        assertThat(paths(new ImpactStatement(), "csaf_vex", vulnerabilities))
                .containsExactly("/vulnerabilities/0/product_status/known_not_affected/0");
        assertThat(paths(new ActionStatement(), "csaf_vex", vulnerabilities))
                .containsExactly("/vulnerabilities/0/product_status/known_affected/0");
    }

    @Test
    void knownAffectedProductNeedsARemediationOfAnyCategoryDirectlyOrThroughItsGroup() {
        String vulnerabilities = """
                [{"product_status": {"known_affected": ["P0", "P1", "P2"]},
                  "remediations": [{"category": "no_fix_planned", "details": "EOL", "group_ids": ["G1"]}]},
                 {"product_status": {"known_affected": ["P2"]},
                  "remediations": [{"category": "vendor_fix", "details": "d", "product_ids": ["P2"]}]}]
                """;
        assertThat(paths(new ActionStatement(), "csaf_vex", vulnerabilities))
                .containsExactly("/vulnerabilities/0/product_status/known_affected/2");
    }

    @Test
    void statementsThroughAnUndefinedGroupCoverNothingAndWrongTypesDoNotThrow() {
        String vulnerabilities = """
                [{"product_status": {"known_affected": ["P0", 7, null], "known_not_affected": "P1"},
                  "remediations": [{"category": "vendor_fix", "details": "d", "group_ids": ["G9", 3]}, "x"],
                  "flags": 5, "threats": [null]}]
                """;
        assertThat(paths(new ActionStatement(), "csaf_vex", vulnerabilities))
                .containsExactly("/vulnerabilities/0/product_status/known_affected/0");
        assertThat(paths(new ImpactStatement(), "csaf_vex", vulnerabilities)).isEmpty();
    }

    @Test
    void productInTwoJustificationFlagsOneThroughAGroupIsReportedAtTheLaterReference() {
        String vulnerabilities = """
                [{"product_status": {"known_not_affected": ["P0", "P1"]},
                  "flags": [{"label": "component_not_present", "group_ids": ["G1"]},
                            {"label": "vulnerable_code_cannot_be_controlled_by_adversary", "product_ids": ["P0"]}]}]
                """;
        List<CsafFinding> findings = CsafTestCases.findings(new MultipleFlagsWithVexJustificationCodesPerProduct(),
                withTopLevel("csaf_vex", TREE + ", \"vulnerabilities\": " + vulnerabilities));
        assertThat(findings).extracting(CsafFinding::path).containsExactly("/vulnerabilities/0/flags/1/product_ids/0");
        assertThat(findings.get(0).message()).contains("P0", "component_not_present");
    }

    @Test
    void productNamedTwiceInOneFlagOrInFlagsOfDifferentVulnerabilitiesIsOneFlagEach() {
        String vulnerabilities = """
                [{"flags": [{"label": "component_not_present", "product_ids": ["P0", "P0"], "group_ids": ["G1"]}]},
                 {"flags": [{"label": "vulnerable_code_not_present", "product_ids": ["P0"]}]}]
                """;
        assertThat(paths(new MultipleFlagsWithVexJustificationCodesPerProduct(), "csaf_vex", vulnerabilities))
                .isEmpty();
    }

    @Test
    void multipleJustificationFlagsAreReportedInEveryCategoryAndForEachLaterFlag() {
        String vulnerabilities = """
                [{"flags": [{"label": "component_not_present", "product_ids": ["P2"]},
                            {"label": "vulnerable_code_not_present", "group_ids": ["G2"]},
                            {"label": "inline_mitigations_already_exist", "product_ids": ["P1", "P2"]}]}]
                """;
        assertThat(paths(new MultipleFlagsWithVexJustificationCodesPerProduct(), "csaf_security_advisory",
                vulnerabilities)).containsExactly("/vulnerabilities/0/flags/1/group_ids/0",
                "/vulnerabilities/0/flags/2/product_ids/1");
    }

    @Test
    void flagsWithoutAJustificationLabelAreLeftOut() {
        String vulnerabilities = """
                [{"flags": [{"label": "component_not_present", "product_ids": ["P0"]},
                            {"label": "some_future_label", "product_ids": ["P0"]},
                            {"product_ids": ["P0"]}]}]
                """;
        assertThat(paths(new MultipleFlagsWithVexJustificationCodesPerProduct(), "csaf_vex", vulnerabilities))
                .isEmpty();
    }
}
