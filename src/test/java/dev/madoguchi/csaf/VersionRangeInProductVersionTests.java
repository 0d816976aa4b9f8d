package dev.madoguchi.csaf;

import static dev.madoguchi.csaf.CsafDocuments.withTopLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.mandatory.VersionRangeInProductVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSAF 2.0 §6.1.31: a {@code product_version} branch names one version, not a range. */
class VersionRangeInProductVersionTests {

    private static List<String> findings(String category, String name) {
        String tree = """
                , "product_tree": {"branches": [{"category": "vendor", "name": "V", "branches": [
                  {"category": "product_name", "name": "All Products", "branches": [
                    {"category": "%s", "name": "%s", "product": {"product_id": "P1", "name": "n"}}]}]}]}
                """.formatted(category, name);
        return CsafTestCases.findings(new VersionRangeInProductVersion(), withTopLevel("csaf_base", tree)).stream()
                .map(CsafFinding::path).toList();
    }

    @Test
    void everyListedStringMarksARangeWhateverTheCase() {
        for (String name : List.of("<4.2", "<=4.1", "<= 4.1", ">4.2", ">= 4.2", "After 4.1", "all", "ALL versions",
                "before 4.2", "4.1 and earlier", "4.2 and Later", "prior to 4.2", "3.x versions",
                "4.1 (and earlier)", "4.1, all")) {
            assertThat(findings("product_version", name)).as(name)
                    .containsExactly("/product_tree/branches/0/branches/0/branches/0/name");
        }
    }

    @Test
    void singleVersionsAndWordsThatOnlyContainAKeywordPass() {
        for (String name : List.of("4.2", "4.2.1-beta", "Installer 5.1", "smaller-build 2", "overall 3",
                "vers:all/*", "allversions")) {
            assertThat(findings("product_version", name)).as(name).isEmpty();
        }
    }

    @Test
    void otherBranchCategoriesMayNameRanges() {
        assertThat(findings("product_version_range", "prior to 4.2")).isEmpty();
        assertThat(findings("product_name", "all versions")).isEmpty();
    }

    @Test
    void wrongTypesDoNotThrow() {
        String tree = ", \"product_tree\": {\"branches\": [3, {\"category\": \"product_version\", \"name\": 4}, "
                + "{\"category\": \"product_version\", \"name\": \"< 2\", \"branches\": {\"x\": 1}}]}";
        assertThat(CsafTestCases.findings(new VersionRangeInProductVersion(), withTopLevel("csaf_base", tree)))
                .extracting(CsafFinding::path).containsExactly("/product_tree/branches/2/name");
    }
}
