package dev.madoguchi.cve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * Records checked against the bundled CVE JSON 5.1.1 schema: the real records of the reference corpus pass, and a
 * record broken in one place is reported at that place, against the branch of the schema's {@code oneOf} (Published
 * or Rejected) its {@code cveMetadata.state} selects.
 */
class CveSchemaTests {

    private final CveSchema schema = CveSchema.of("5.1.1");

    @Test
    void everyRealRecordInTheCorpusValidates() throws IOException {
        List<Path> records = CveRecords.real();
        assertThat(records).hasSizeGreaterThanOrEqualTo(29);

        Map<Path, List<CveFinding>> invalid = new LinkedHashMap<>();
        for (Path record : records) {
            List<CveFinding> findings = schema.validate(Files.readAllBytes(record));
            if (!findings.isEmpty()) {
                invalid.put(record, findings);
            }
        }

        assertThat(invalid).isEmpty();
    }

    @Test
    void theCorpusHoldsBothPublishedAndRejectedRecords() {
        assertThat(CveRecords.real()).extracting(file -> CveRecords.read(file).at("/cveMetadata/state").asText())
                .contains("PUBLISHED", "REJECTED");
    }

    @Test
    void aPublishedRecordWithoutTheProviderOrgIdIsInvalidAtThatMember() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/containers/cna/providerMetadata"))
                .remove("orgId"));

        assertThat(schema.validate(record)).extracting(CveFinding::pointer)
                .containsExactly("/containers/cna/providerMetadata/orgId");
    }

    @Test
    void aCveIdOutsideThePatternIsInvalidAtCveId() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/cveMetadata")).put("cveId", "CVE-24-1573"));

        List<CveFinding> findings = schema.validate(record);

        assertThat(findings).extracting(CveFinding::pointer).containsExactly("/cveMetadata/cveId");
        assertThat(findings.get(0).message()).contains("^CVE-[0-9]{4}-[0-9]{4,19}$");
    }

    @Test
    void aVersionStatusOutsideAffectedUnaffectedUnknownIsInvalidAtThatStatus() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/containers/cna/affected/0/versions/0"))
                .put("status", "vulnerable"));

        List<CveFinding> findings = schema.validate(record);

        assertThat(findings).extracting(CveFinding::pointer)
                .containsExactly("/containers/cna/affected/0/versions/0/status");
        assertThat(findings.get(0).message()).contains("affected", "unaffected", "unknown");
    }

    @Test
    void aMemberTheSchemaDoesNotDefineIsInvalidAtThatMember() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/containers/cna")).put("severity", "high"));

        assertThat(schema.validate(record)).extracting(CveFinding::pointer).containsExactly("/containers/cna/severity");
    }

    @Test
    void aReferenceUrlThatIsNoUriIsInvalidBecauseFormatUriIsAsserted() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/containers/cna/references/0"))
                .put("url", "see the vendor's site"));

        assertThat(schema.validate(record)).extracting(CveFinding::pointer)
                .containsExactly("/containers/cna/references/0/url");
    }

    @Test
    void anXUnderscoreExtensionMemberIsAllowed() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/containers/cna")).putObject("x_madoguchi")
                .put("caseId", "PSIRT-2026-0001"));

        assertThat(schema.validate(record)).isEmpty();
    }

    @Test
    void aBrokenPublishedRecordIsNotAlsoToldItBreaksTheRejectedShape() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/containers/cna/affected/0/versions/0"))
                .put("status", "vulnerable"));

        assertThat(schema.validate(record)).extracting(CveFinding::toString)
                .noneMatch(finding -> finding.contains("rejectedReasons") || finding.contains("REJECTED")
                        || finding.contains("one and only one"));
    }

    @Test
    void aRejectedRecordWithRejectedReasonsValidates() {
        assertThat(schema.validate(CveRecords.bytes(CveRecords.rejected()))).isEmpty();
    }

    @Test
    void aRejectedRecordWithoutRejectedReasonsIsInvalidAtRejectedReasonsOnly() {
        ObjectNode record = CveRecords.rejected();
        ((ObjectNode) record.at("/containers/cna")).remove("rejectedReasons");

        assertThat(schema.validate(CveRecords.bytes(record))).extracting(CveFinding::pointer)
                .containsExactly("/containers/cna/rejectedReasons");
    }

    @Test
    void aRejectedRecordMayNotCarryAffectedProducts() {
        ObjectNode record = CveRecords.rejected();
        ArrayNode affected = ((ObjectNode) record.at("/containers/cna")).putArray("affected");
        affected.addObject().put("vendor", "Mitsubishi Electric").put("product", "MELSEC");

        assertThat(schema.validate(CveRecords.bytes(record))).extracting(CveFinding::pointer)
                .containsExactly("/containers/cna/affected");
    }

    @Test
    void aStateThatIsNeitherPublishedNorRejectedIsReportedAtTheStateNamingBoth() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/cveMetadata")).put("state", "RESERVED"));

        List<CveFinding> findings = schema.validate(record);

        assertThat(findings).extracting(CveFinding::pointer).containsExactly("/cveMetadata/state");
        assertThat(findings.get(0).message()).contains("PUBLISHED, REJECTED");
    }

    @Test
    void aMissingStateIsReportedAsMissingAgainstTheCloserShape() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/cveMetadata")).remove("state"));

        assertThat(schema.validate(record)).extracting(CveFinding::pointer).containsExactly("/cveMetadata/state");
    }

    @Test
    void aJsonPointerEscapesTildeAndSlashInMemberNames() {
        byte[] record = CveRecords.published(r -> ((ObjectNode) r.at("/containers/cna")).put("a/b~c", 1));

        assertThat(schema.validate(record)).extracting(CveFinding::pointer).containsExactly("/containers/cna/a~1b~0c");
    }

    @Test
    void theDefaultVersionIsTheBundled511() {
        assertThat(CveSchema.defaultVersion().version()).isEqualTo("5.1.1");
        assertThat(CveSchema.defaultVersion()).isSameAs(CveSchema.of("5.1.1"));
    }

    @Test
    void anUnknownSchemaVersionFailsNamingTheMissingResource() {
        assertThatThrownBy(() -> CveSchema.of("5.9.9"))
                .isInstanceOf(UnknownCveSchemaVersionException.class)
                .hasMessageContaining("5.9.9")
                .hasMessageContaining("cve/schema/5.9.9/CVE_JSON_bundled_5.9.9.json");
    }

    @Test
    void aSchemaVersionThatIsNoVersionNumberFailsBeforeAnyLookup() {
        assertThatThrownBy(() -> CveSchema.of("../../application.properties"))
                .isInstanceOf(UnknownCveSchemaVersionException.class)
                .hasMessageContaining("is not a CVE JSON schema version");
    }
}
