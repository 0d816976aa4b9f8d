package dev.madoguchi.csaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The bundled CSAF 2.0 schema as the validator applies it: findings, pointers, messages, the CVSS and metadata schemas. */
class CsafSchemaTests {

    private static final Path TEMPLATE = CsafTestCases.FOLDER.resolve("oasis_csaf_tc-csaf_2_0-2021-TEMPLATE.json");
    private static final Path CVSS_31 = CsafTestCases.FOLDER.resolve(
            "mandatory/oasis_csaf_tc-csaf_2_0-2021-6-1-08-11.json");

    private static JsonValue json(String text) {
        return JsonReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(Path file) {
        return new String(CsafTestCases.read(file), StandardCharsets.UTF_8);
    }

    private static List<String> findings(String document) {
        return CsafSchema.bundled().validate(json(document)).stream()
                .peek(f -> assertThat(f.test()).isEqualTo(CsafFinding.SCHEMA))
                .peek(f -> assertThat(f.severity()).isEqualTo(CsafFinding.Severity.ERROR))
                .map(f -> f.path() + " " + f.message()).toList();
    }

    @Test
    void theTemplateSatisfiesTheSchema() {
        assertThat(findings(text(TEMPLATE))).isEmpty();
    }

    @Test
    void aMissingRequiredMemberIsReportedAtItsObject() {
        String document = text(TEMPLATE).replace("\"title\":", "\"x_title\":");
        assertThat(findings(document)).containsExactly("/document must have required property 'title'");
    }

    @Test
    void aBadEnumValueNamesTheValueAndTheAllowedOnes() {
        String document = text(TEMPLATE).replace("\"status\": \"final\"", "\"status\": \"done\"");
        assertThat(findings(document)).containsExactly(
                "/document/tracking/status \"done\" must be one of [\"draft\", \"final\", \"interim\"]");
    }

    @Test
    void aBadDateTimeIsReported() {
        String document = text(TEMPLATE).replace("\"initial_release_date\": \"2021-07-21T10:00:00.000Z\"",
                "\"initial_release_date\": \"2021-02-30T10:00:00.000Z\"");
        assertThat(findings(document)).singleElement().asString()
                .startsWith("/document/tracking/initial_release_date \"2021-02-30T10:00:00.000Z\" must be a date-time");
    }

    @Test
    void aCvss31ObjectIsExplainedByTheSchemaItsVersionSelects() {
        String document = text(CVSS_31).replace("CVSS:3.1/AV:L", "CVSS:3.1/AV:Q");
        List<String> findings = findings(document);
        assertThat(findings).hasSize(2);
        assertThat(findings.get(0)).isEqualTo("/vulnerabilities/0/scores/0/cvss_v3 must match one schema of oneOf; its"
                + " \"version\" \"3.1\" selects schema 2 (https://www.first.org/cvss/cvss-v3.1.json), which it breaks:");
        assertThat(findings.get(1)).startsWith("/vulnerabilities/0/scores/0/cvss_v3/vectorString "
                + "\"CVSS:3.1/AV:Q/AC:L/PR:H/UI:R/S:U/C:H/I:H/A:H\" must match the pattern ^CVSS:3[.]1/");
    }

    @Test
    void aCvssObjectCanBeCheckedAloneWithPointersFromItsPath() {
        JsonValue cvss = json("{\"version\": \"3.1\", \"vectorString\": \"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\","
                + " \"baseScore\": 10.5, \"baseSeverity\": \"CRITICAL\"}");
        List<CsafFinding> findings = CsafSchema.bundled().validate(CsafSchema.CVSS_V3_1, cvss,
                "/vulnerabilities/0/scores/0/cvss_v3");
        assertThat(findings).extracting(CsafFinding::path, CsafFinding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/vulnerabilities/0/scores/0/cvss_v3/baseScore",
                        "must be at most 10, not 10.5"));
        assertThat(CsafSchema.bundled().validate(CsafSchema.CVSS_V3_0, cvss, "")).isNotEmpty();
        assertThat(CsafSchema.bundled().validate("https://www.first.org/cvss/cvss-v3.1.json?20211103", cvss, ""))
                .hasSize(1);
    }

    @Test
    void aSubschemaCanBeAddressedByFragment() {
        String productId = CsafSchema.CSAF + "#/$defs/product_id_t";
        assertThat(CsafSchema.bundled().validate(productId, json("\"CSAFPID-1\""), "/x")).isEmpty();
        assertThat(CsafSchema.bundled().validate(productId, json("\"\""), "/x"))
                .extracting(CsafFinding::path).containsExactly("/x");
    }

    @Test
    void anUnknownSchemaIdIsRefused() {
        assertThatThrownBy(() -> CsafSchema.bundled().validate("https://example.com/none.json", json("{}"), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void providerMetadataAndAggregatorSchemasAreBundled() throws Exception {
        Path example = Path.of("../shared/corpus/csaf-examples/provider-metadata/example-01-provider-metadata.json");
        JsonValue metadata = JsonReader.read(Files.readAllBytes(example));
        assertThat(CsafSchema.bundled().validate(CsafSchema.PROVIDER, metadata, "")).isEmpty();
        JsonValue broken = json(Files.readString(example).replace("\"role\"", "\"x_role\""));
        assertThat(CsafSchema.bundled().validate(CsafSchema.PROVIDER, broken, "")).isNotEmpty();
        Path aggregator = Path.of("../shared/corpus/csaf-examples/aggregator/example-01-aggregator.json");
        assertThat(CsafSchema.bundled().validate(CsafSchema.AGGREGATOR, JsonReader.read(Files.readAllBytes(aggregator)),
                "")).isEmpty();
    }

    @Test
    void deeplyNestedBranchesAreCheckedWithoutRunningOutOfStack() {
        StringBuilder tree = new StringBuilder();
        int depth = 95; // two JSON levels per branch: just under the reader's limit of 200
        for (int i = 0; i < depth; i++) {
            tree.append("{\"category\": \"vendor\", \"name\": \"v\", \"branches\": [");
        }
        tree.append("{\"category\": \"bogus\", \"name\": \"v\", \"product\": {\"name\": \"p\", \"product_id\": \"P1\"}}");
        for (int i = 0; i < depth; i++) {
            tree.append("]}");
        }
        String document = text(TEMPLATE).replaceFirst("\\{", "{\"product_tree\": {\"branches\": [" + tree + "]},");
        List<String> findings = findings(document);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0)).contains("\"bogus\" must be one of").contains("/branches/0/branches/0/");
    }

    @Test
    void aDocumentThatIsNoObjectGetsOneFinding() {
        assertThat(findings("[]")).containsExactly(" must be an object, not an array");
    }

    @Test
    void findingsAreBoundedPerDocument() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            ids.append(i == 0 ? "" : ",").append("{\"product_id\": \"\", \"name\": \"\"}");
        }
        String document = text(TEMPLATE).replaceFirst("\\{", "{\"product_tree\": {\"full_product_names\": [" + ids
                + "]},");
        List<String> findings = findings(document);
        assertThat(findings).hasSize(CsafSchema.MAX_FINDINGS + 1);
        assertThat(findings.get(findings.size() - 1)).contains("not listed");
    }
}
