package dev.madoguchi.csaf;

import dev.madoguchi.csaf.optional.BuildMetadataInRevisionHistory;
import dev.madoguchi.csaf.optional.CveInFieldIds;
import dev.madoguchi.csaf.optional.CvssForFixedProducts;
import dev.madoguchi.csaf.optional.MissingCanonicalUrl;
import dev.madoguchi.csaf.optional.MissingDocumentLanguage;
import dev.madoguchi.csaf.optional.MissingProductIdentificationHelper;
import dev.madoguchi.csaf.optional.MissingRemediation;
import dev.madoguchi.csaf.optional.MissingScore;
import dev.madoguchi.csaf.optional.MissingTlpLabel;
import dev.madoguchi.csaf.optional.OlderCurrentReleaseDateThanRevisionHistory;
import dev.madoguchi.csaf.optional.OlderInitialReleaseDateThanRevisionHistory;
import dev.madoguchi.csaf.optional.ProductVersionRangeWithoutVers;
import dev.madoguchi.csaf.optional.Sorting;
import dev.madoguchi.csaf.optional.UnusedDefinitionOfProductId;
import dev.madoguchi.csaf.optional.UseOfDefaultLanguage;
import dev.madoguchi.csaf.optional.UseOfMd5AsTheOnlyHashAlgorithm;
import dev.madoguchi.csaf.optional.UseOfPrivateLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the optional tests (CSAF 2.0 §6.2) and their edge cases that the OASIS test files do not cover. */
class OptionalTestRulesTests {

    /** The pointers of the findings of {@code test} on a document given as JSON text. */
    static List<String> paths(CsafTest test, String json) {
        return CsafTestCases.findings(test, json).stream().map(CsafFinding::path).toList();
    }

    @Test
    void productDefinedInARelationshipButNeverReferencedIsReported() {
        String json = """
                {"document": {"category": "csaf_base"}, "product_tree": {
                  "full_product_names": [{"product_id": "A", "name": "A"}, {"product_id": "B", "name": "B"}],
                  "product_groups": [{"group_id": "G", "product_ids": ["A", "B"]}],
                  "relationships": [{"product_reference": "A", "relates_to_product_reference": "B",
                    "category": "installed_on", "full_product_name": {"product_id": "A-ON-B", "name": "A on B"}}]}}
                """;
        assertThat(paths(new UnusedDefinitionOfProductId(), json))
                .containsExactly("/product_tree/relationships/0/full_product_name/product_id");
    }

    @Test
    void unusedProductIsNotReportedInAnInformationalAdvisory() {
        String json = """
                {"document": {"category": "csaf_informational_advisory"},
                 "product_tree": {"full_product_names": [{"product_id": "A", "name": "A"}]}}
                """;
        assertThat(paths(new UnusedDefinitionOfProductId(), json)).isEmpty();
    }

    @Test
    void remediationThroughAProductGroupCoversTheProductAndUnderInvestigationNeedsOneToo() {
        String json = """
                {"product_tree": {"product_groups": [{"group_id": "G", "product_ids": ["A", "B"]}]},
                 "vulnerabilities": [{"product_status": {"known_affected": ["A"], "under_investigation": ["C"]},
                   "remediations": [{"category": "none_available", "details": "x", "group_ids": ["G"]}]}]}
                """;
        assertThat(paths(new MissingRemediation(), json))
                .containsExactly("/vulnerabilities/0/product_status/under_investigation/0");
    }

    @Test
    void scoreOfAnotherVulnerabilityDoesNotCoverAnAffectedProduct() {
        String json = """
                {"vulnerabilities": [{"scores": [{"products": ["A"], "cvss_v3": {}}]},
                  {"product_status": {"last_affected": ["A"], "fixed": ["B"]}}]}
                """;
        assertThat(paths(new MissingScore(), json)).containsExactly("/vulnerabilities/1/product_status/last_affected/0");
    }

    @Test
    void onlyRevisionNumbersWithBuildMetadataAreReported() {
        String json = """
                {"document": {"tracking": {"revision_history": [{"number": "1.0.0"}, {"number": "1.0.1-rc.1+b7"}]}}}
                """;
        assertThat(CsafTestCases.findings(new BuildMetadataInRevisionHistory(), json)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("/document/tracking/revision_history/1/number");
            assertThat(f.message()).contains("+b7");
        });
    }

    @Test
    void releaseDatesAreComparedAsInstantsAcrossTimeZones() {
        String json = """
                {"document": {"tracking": {"initial_release_date": "2021-07-21T12:00:00+02:00",
                  "current_release_date": "2021-07-22T09:59:59.999Z",
                  "revision_history": [{"date": "2021-07-21T10:00:00Z"}, {"date": "2021-07-22T12:00:00+02:00"},
                    {"date": "not a date"}]}}}
                """;
        assertThat(paths(new OlderInitialReleaseDateThanRevisionHistory(), json)).isEmpty();
        assertThat(paths(new OlderCurrentReleaseDateThanRevisionHistory(), json))
                .containsExactly("/document/tracking/current_release_date");
    }

    @Test
    void md5AccompaniedByAStrongerHashPassesAndMd5AloneDeepInTheBranchesIsReported() {
        String json = """
                {"product_tree": {"branches": [{"category": "vendor", "name": "V", "branches": [
                  {"category": "product_name", "name": "P", "product": {"product_id": "A", "name": "A",
                    "product_identification_helper": {"hashes": [
                      {"filename": "a", "file_hashes": [{"algorithm": "md5", "value": "x"}, {"algorithm": "sha256", "value": "y"}]},
                      {"filename": "b", "file_hashes": [{"algorithm": "MD5", "value": "z"}]}]}}}]}]}}
                """;
        assertThat(paths(new UseOfMd5AsTheOnlyHashAlgorithm(), json)).containsExactly(
                "/product_tree/branches/0/branches/0/product/product_identification_helper/hashes/1/file_hashes");
    }

    @Test
    void tlpLabelOutsideTheCsaf20LabelsIsReported() {
        assertThat(paths(new MissingTlpLabel(), """
                {"document": {"distribution": {"tlp": {"label": "CLEAR"}}}}""")).containsExactly("/document/distribution/tlp/label");
        assertThat(paths(new MissingTlpLabel(), """
                {"document": {"distribution": {"tlp": {"label": "WHITE"}}}}""")).isEmpty();
    }

    @Test
    void canonicalUrlEndsWithTheFileNameDerivedFromTheTrackingId() {
        String template = """
                {"document": {"tracking": {"id": "Example-ID:2021/01"},
                  "references": [{"category": "%s", "summary": "s", "url": "%s"}]}}""";
        MissingCanonicalUrl test = new MissingCanonicalUrl();
        assertThat(paths(test, template.formatted("self", "https://example.com/csaf/example-id_2021_01.json"))).isEmpty();
        assertThat(paths(test, template.formatted("self", "http://example.com/csaf/example-id_2021_01.json")))
                .containsExactly("/document/references");
        assertThat(paths(test, template.formatted("external", "https://example.com/csaf/example-id_2021_01.json")))
                .containsExactly("/document/references");
        assertThat(paths(test, template.formatted("self", "https://example.com/csaf/xexample-id_2021_01.json")))
                .containsExactly("/document/references");
    }

    @Test
    void emptyDocumentLanguageIsReported() {
        assertThat(paths(new MissingDocumentLanguage(), """
                {"document": {"lang": ""}}""")).containsExactly("/document/lang");
    }

    @Test
    void unsortedKeysAreReportedWhereverTheObjectIsAndCaseIsIgnored() {
        String json = """
                {"document": {"category": "csaf_base", "csaf_version": "2.0"},
                 "vulnerabilities": [{"scores": [{"cvss_v3": {"baseScore": 1, "attackVector": "N", "Version": "3.1",
                   "vectorString": "v"}}]}]}""";
        assertThat(paths(new Sorting(), json)).containsExactlyInAnyOrder(
                "/vulnerabilities/0/scores/0/cvss_v3/baseScore", "/vulnerabilities/0/scores/0/cvss_v3/Version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"qtx", "x-klingon", "en-Qaaa", "sr-Qabx-RS", "de-CH-x-phonebk", "en-ZZ", "en-XA", "de-QM"})
    void privateUseSubtagsAreReported(String tag) {
        assertThat(paths(new UseOfPrivateLanguage(), "{\"document\": {\"lang\": \"" + tag + "\"}}"))
                .containsExactly("/document/lang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "es-419", "i-default", "zh-Hant-TW", "sl-rozaj-biske", "qua", "de-u-co-phonebk"})
    void publicLanguageTagsAreNotReported(String tag) {
        assertThat(paths(new UseOfPrivateLanguage(), "{\"document\": {\"source_lang\": \"" + tag + "\"}}")).isEmpty();
    }

    @Test
    void defaultLanguageIsRecognisedWhateverItsCase() {
        assertThat(paths(new UseOfDefaultLanguage(), """
                {"document": {"lang": "en", "source_lang": "I-Default"}}""")).containsExactly("/document/source_lang");
    }

    @Test
    void productOfARelationshipWithoutIdentificationHelperIsReported() {
        String json = """
                {"product_tree": {"full_product_names": [{"product_id": "A", "name": "A",
                   "product_identification_helper": {"cpe": "cpe:/a:x:y"}}],
                 "relationships": [{"full_product_name": {"product_id": "B", "name": "B"}}]}}""";
        assertThat(paths(new MissingProductIdentificationHelper(), json))
                .containsExactly("/product_tree/relationships/0/full_product_name");
    }

    @Test
    void onlyIdsShapedLikeACveIdAreReported() {
        String json = """
                {"vulnerabilities": [{"ids": [{"system_name": "a", "text": "CVE-21-1"},
                   {"system_name": "b", "text": "CVE-2021-12345"}, {"system_name": "c", "text": "GHSA-xxxx"}]}]}""";
        assertThat(paths(new CveInFieldIds(), json)).containsExactly("/vulnerabilities/0/ids/1");
    }

    @Test
    void onlyProductVersionRangesAreCheckedForVers() {
        String json = """
                {"product_tree": {"branches": [{"category": "product_version", "name": ">4.2", "branches": [
                   {"category": "product_version_range", "name": "vers:npm/>=1.0.0|<2.0.0"},
                   {"category": "product_version_range", "name": "vers:/1.0"},
                   {"category": "product_version_range", "name": "<= 4.2"}]}]}}""";
        assertThat(paths(new ProductVersionRangeWithoutVers(), json)).containsExactly(
                "/product_tree/branches/0/branches/1/name", "/product_tree/branches/0/branches/2/name");
    }

    @Test
    void fixedProductPassesWhenEachCvssApplyingToItHasAnEnvironmentalScoreOfZero() {
        String json = """
                {"vulnerabilities": [{"product_status": {"fixed": ["A", "B", "C", "D", "E"]},
                  "scores": [
                    {"products": ["A"], "cvss_v3": {"version": "3.1", "environmentalScore": 0,
                      "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}},
                    {"products": ["B"], "cvss_v3": {"version": "3.1",
                      "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N"}},
                    {"products": ["C"], "cvss_v2": {"version": "2.0", "vectorString": "AV:N/AC:L/Au:N/C:C/I:C/A:C/TD:N"}},
                    {"products": ["Z"], "cvss_v3": {"version": "3.1",
                      "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}},
                    {"products": ["D"], "cvss_v3": {"version": "3.1", "modifiedAvailabilityImpact": "NOT_DEFINED",
                      "vectorString": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MC:N/MI:N"}},
                    {"products": ["E"], "cvss_v2": {"version": "2.0", "environmentalScore": 0.5,
                      "vectorString": "AV:N/AC:L/Au:N/C:C/I:C/A:C/TD:N"}}]}]}""";
        assertThat(paths(new CvssForFixedProducts(), json)).containsExactly(
                "/vulnerabilities/0/product_status/fixed/3", "/vulnerabilities/0/product_status/fixed/4");
    }
}
