package dev.madoguchi.csaf;

import dev.madoguchi.csaf.informative.BranchCategories;
import dev.madoguchi.csaf.informative.MissingCve;
import dev.madoguchi.csaf.informative.UsageOfProductVersionRange;
import dev.madoguchi.csaf.informative.UsageOfVAsVersionIndicator;
import dev.madoguchi.csaf.informative.UseOfCvssV2AsTheOnlyScoringSystem;
import dev.madoguchi.csaf.informative.UseOfCvssV30;
import dev.madoguchi.csaf.informative.UseOfShortHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the informative tests (CSAF 2.0 §6.3) and their edge cases that the OASIS test files do not cover. */
class InformativeTestRulesTests {

    @Test
    void cvssV2PassesWhenTheSameProductIsScoredWithCvssV3InAnotherScoreOfTheVulnerability() {
        String json = """
                {"vulnerabilities": [{"scores": [
                  {"products": ["A", "B"], "cvss_v2": {"version": "2.0"}},
                  {"products": ["A"], "cvss_v3": {"version": "3.1"}}]}]}""";
        assertThat(CsafTestCases.findings(new UseOfCvssV2AsTheOnlyScoringSystem(), json)).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("/vulnerabilities/0/scores/0");
                    assertThat(f.message()).contains("B").doesNotContain("A,");
                });
    }

    @Test
    void cvssV30IsRecognisedByTheVectorWhenTheVersionIsNotGiven() {
        String json = """
                {"vulnerabilities": [{"scores": [{"cvss_v3": {"vectorString": "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}},
                  {"cvss_v3": {"version": "3.1", "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}}]}]}""";
        assertThat(OptionalTestRulesTests.paths(new UseOfCvssV30(), json)).containsExactly("/vulnerabilities/0/scores/0/cvss_v3/vectorString");
    }

    @Test
    void missingCveIsReportedPerVulnerability() {
        assertThat(OptionalTestRulesTests.paths(new MissingCve(), """
                {"vulnerabilities": [{"cve": "CVE-2021-44228"}, {"title": "T"}]}""")).containsExactly("/vulnerabilities/1/cve");
    }

    @Test
    void hashValuesShorterThan64CharactersAreReported() {
        String json = """
                {"product_tree": {"full_product_names": [{"product_id": "A", "name": "A",
                  "product_identification_helper": {"hashes": [{"filename": "a", "file_hashes": [
                    {"algorithm": "sha256", "value": "%s"}, {"algorithm": "sha1", "value": "%s"}]}]}}]}}"""
                .formatted("a".repeat(64), "b".repeat(40));
        assertThat(OptionalTestRulesTests.paths(new UseOfShortHash(), json)).containsExactly(
                "/product_tree/full_product_names/0/product_identification_helper/hashes/0/file_hashes/1/value");
    }

    @Test
    void productNeedsVendorThenProductNameThenProductVersionOnItsPath() {
        String json = """
                {"product_tree": {"branches": [{"category": "vendor", "name": "V", "branches": [
                  {"category": "product_name", "name": "P", "branches": [
                    {"category": "product_version_range", "name": "vers:generic/<2", "product": {"product_id": "R", "name": "R"}},
                    {"category": "product_version", "name": "1", "branches": [
                      {"category": "architecture", "name": "x86", "product": {"product_id": "OK", "name": "OK"}}]}]},
                  {"category": "product_version", "name": "2", "branches": [
                      {"category": "product_name", "name": "Q", "product": {"product_id": "Q", "name": "Q"}}]}]}]}}""";
        assertThat(OptionalTestRulesTests.paths(new BranchCategories(), json)).containsExactly(
                "/product_tree/branches/0/branches/0/branches/0/product",
                "/product_tree/branches/0/branches/1/branches/0/product");
    }

    @Test
    void versionRangeCategoryAndVPrefixedVersionsAreReported() {
        String json = """
                {"product_tree": {"branches": [{"category": "product_version_range", "name": "vers:generic/<2"},
                  {"category": "product_version", "name": "V1.0"}, {"category": "product_version", "name": "version 1"},
                  {"category": "product_name", "name": "v2"}]}}""";
        assertThat(OptionalTestRulesTests.paths(new UsageOfProductVersionRange(), json)).containsExactly("/product_tree/branches/0/category");
        assertThat(OptionalTestRulesTests.paths(new UsageOfVAsVersionIndicator(), json)).containsExactly("/product_tree/branches/1/name");
    }
}
