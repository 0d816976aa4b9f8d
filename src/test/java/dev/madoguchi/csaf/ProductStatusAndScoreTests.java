package dev.madoguchi.csaf;

import dev.madoguchi.csaf.mandatory.ContradictingProductStatus;
import dev.madoguchi.csaf.mandatory.MultipleScoresWithSameVersionPerProduct;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSAF 2.0 §6.1.6 Contradicting Product Status and §6.1.7 Multiple Scores with same Version per Product. */
class ProductStatusAndScoreTests {

    private static final CsafTest STATUS = new ContradictingProductStatus();
    private static final CsafTest SCORES = new MultipleScoresWithSameVersionPerProduct();

    private static List<String> paths(CsafTest test, String vulnerabilities) {
        return CsafTestCases.findings(test, "{\"vulnerabilities\": " + vulnerabilities + "}").stream()
                .map(CsafFinding::path).toList();
    }

    private static String score(String products, String cvss) {
        return "{\"products\": " + products + ", " + cvss + "}";
    }

    private static String v3(String version) {
        return "\"cvss_v3\": {\"version\": \"" + version + "\", \"vectorString\": \"CVSS:" + version
                + "/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\", \"baseScore\": 9.8, \"baseSeverity\": \"CRITICAL\"}";
    }

    private static final String V2 = "\"cvss_v2\": {\"version\": \"2.0\", "
            + "\"vectorString\": \"AV:N/AC:L/Au:N/C:P/I:P/A:P\", \"baseScore\": 7.5}";

    @Test
    void productBothAffectedAndFixedIsReportedAtItsFixedEntry() {
        List<CsafFinding> findings = CsafTestCases.findings(STATUS, "{\"vulnerabilities\": [{\"product_status\": "
                + "{\"known_affected\": [\"A\", \"B\"], \"fixed\": [\"C\", \"B\"]}}]}");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/vulnerabilities/0/product_status/fixed/1");
            assertThat(f.message()).contains("\"B\"", "Affected", "Fixed");
        });
    }

    @Test
    void listsOfOneGroupAndRecommendedDoNotContradict() {
        assertThat(paths(STATUS, "[{\"product_status\": {\"first_affected\": [\"A\"], \"known_affected\": [\"A\"], "
                + "\"last_affected\": [\"A\"], \"recommended\": [\"A\", \"B\"], \"first_fixed\": [\"B\"], "
                + "\"fixed\": [\"B\"]}}]")).isEmpty();
    }

    @Test
    void statusesOfDifferentVulnerabilitiesDoNotContradict() {
        assertThat(paths(STATUS, "[{\"product_status\": {\"known_affected\": [\"A\"]}}, "
                + "{\"product_status\": {\"known_not_affected\": [\"A\"]}}]")).isEmpty();
    }

    @Test
    void productInFourGroupsIsReportedOncePerFurtherGroup() {
        assertThat(paths(STATUS, "[{\"product_status\": {\"under_investigation\": [\"A\"], \"known_affected\": "
                + "[\"A\"], \"last_affected\": [\"A\"], \"known_not_affected\": [\"A\"], \"first_fixed\": [\"A\"], "
                + "\"fixed\": [\"A\"]}}]")).containsExactly("/vulnerabilities/0/product_status/known_affected/0",
                "/vulnerabilities/0/product_status/known_not_affected/0",
                "/vulnerabilities/0/product_status/first_fixed/0");
    }

    @Test
    void twoCvss31ScoresForOneProductAreReportedAtTheSecond() {
        List<CsafFinding> findings = CsafTestCases.findings(SCORES, "{\"vulnerabilities\": [{\"scores\": ["
                + score("[\"A\", \"B\"]", v3("3.1")) + ", " + score("[\"C\", \"B\"]", v3("3.1")) + "]}]}");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/vulnerabilities/0/scores/1/products/1");
            assertThat(f.message()).contains("\"B\"", "CVSS v3.1", "/vulnerabilities/0/scores/0");
        });
    }

    @Test
    void cvss30AndCvss31AndCvss2ScoresOfOneProductAreDistinctVersions() {
        assertThat(paths(SCORES, "[{\"scores\": [" + score("[\"A\"]", v3("3.0")) + ", "
                + score("[\"A\"]", v3("3.1")) + ", " + score("[\"A\"]", V2) + "]}]")).isEmpty();
    }

    @Test
    void twoCvss2ScoresForOneProductAreReported() {
        assertThat(paths(SCORES, "[{\"scores\": [" + score("[\"A\"]", V2 + ", " + v3("3.1")) + ", "
                + score("[\"A\"]", V2) + "]}]")).containsExactly("/vulnerabilities/0/scores/1/products/0");
    }

    @Test
    void versionIsTakenFromTheVectorWhenMissing() {
        String noVersion = "\"cvss_v3\": {\"vectorString\": \"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\"}";
        assertThat(paths(SCORES, "[{\"scores\": [" + score("[\"A\"]", v3("3.0")) + ", "
                + score("[\"A\"]", noVersion) + "]}]")).containsExactly("/vulnerabilities/0/scores/1/products/0");
    }

    @Test
    void sameProductScoredInTwoVulnerabilitiesOrListedTwiceInOneScoreIsNotReported() {
        assertThat(paths(SCORES, "[{\"scores\": [" + score("[\"A\", \"A\"]", v3("3.1")) + "]}, {\"scores\": ["
                + score("[\"A\"]", v3("3.1")) + "]}]")).isEmpty();
    }
}
