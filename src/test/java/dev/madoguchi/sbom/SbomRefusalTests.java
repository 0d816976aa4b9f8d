package dev.madoguchi.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

import dev.madoguchi.sbom.InvalidSbomException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SbomRefusalTests {

    private static InvalidSbomException refusal(byte[] bytes, SbomLimits limits) {
        return catchThrowableOfType(InvalidSbomException.class,
                () -> CycloneDxSbom.read(new ByteArrayInputStream(bytes), limits));
    }

    private static InvalidSbomException refusal(byte[] bytes) {
        return refusal(bytes, SbomLimits.defaults());
    }

    private static InvalidSbomException refusal(String json) {
        return refusal(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textThatIsNotJsonIsRefusedNamingWhereItBreaks() {
        InvalidSbomException refused = refusal("{\"bomFormat\": \"CycloneDX\",\n \"specVersion\": }");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(refused).hasMessageStartingWith("The SBOM is not valid JSON (line 2, column ")
                .hasMessageEndingWith("Export it again as CycloneDX JSON and upload that file.");
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        InvalidSbomException refused = refusal("");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(refused).hasMessageStartingWith("The SBOM is empty.");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertThat(refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"} {}").reason())
                .isEqualTo(Reason.NOT_JSON);
    }

    @Test
    void aRepeatedMemberNameIsRefusedRatherThanTheLastOneSilentlyWinning() {
        InvalidSbomException refused = refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":["
                + "{\"type\":\"library\",\"name\":\"zlib\",\"version\":\"1.2.11\",\"version\":\"1.3.1\"}]}");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(refused.detail()).contains("Duplicate field 'version'");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsNotJson() {
        String latin1 = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"library\","
                + "\"name\":\"caf\u00e9\"}]}";
        InvalidSbomException refused = refusal(latin1.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(refused.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(refused).hasMessageStartingWith("The SBOM is not UTF-8 text")
                .hasMessageContaining("at byte offset 88");
    }

    @Test
    void utf16TextIsRefusedThoughTheJsonParserCouldGuessIt() {
        byte[] utf16 = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}".getBytes(StandardCharsets.UTF_16LE);

        InvalidSbomException refused = refusal(utf16);

        assertThat(refused.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(refused).hasMessageContaining("UTF-16");
    }

    @Test
    void jsonWithoutBomFormatCycloneDxIsRefusedAsNotCycloneDx() {
        InvalidSbomException refused = refusal("{\"specVersion\":\"1.6\",\"components\":[]}");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_CYCLONEDX);
        assertThat(refused).hasMessage("The file is JSON but not a CycloneDX SBOM: it has no bomFormat where "
                + "\"bomFormat\": \"CycloneDX\" is expected at the top level. Export the SBOM as CycloneDX JSON and "
                + "upload that file.");
    }

    @Test
    void anSpdxDocumentIsRefusedWithAHintToExportCycloneDx() {
        InvalidSbomException refused = refusal("{\"spdxVersion\":\"SPDX-2.3\",\"SPDXID\":\"SPDXRef-DOCUMENT\"}");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_CYCLONEDX);
        assertThat(refused).hasMessageContaining("It looks like an SPDX document");
    }

    @Test
    void aJsonArrayIsRefusedAsNotCycloneDx() {
        InvalidSbomException refused = refusal("[{\"bomFormat\":\"CycloneDX\"}]");

        assertThat(refused.reason()).isEqualTo(Reason.NOT_CYCLONEDX);
        assertThat(refused.detail()).isEqualTo("a JSON array");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.3", "1.7", "2.0", ""})
    void aSpecVersionOutsideOneFourToOneSixIsRefusedNamingIt(String version) {
        InvalidSbomException refused = refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"" + version + "\"}");

        assertThat(refused.reason()).isEqualTo(Reason.UNSUPPORTED_SPEC_VERSION);
        assertThat(refused.detail()).isEqualTo("specVersion " + version);
        assertThat(refused).hasMessageStartingWith("The SBOM declares specVersion " + version
                + ", but Madoguchi accepts CycloneDX 1.4, 1.5 and 1.6.");
    }

    @Test
    void aMissingOrNumericSpecVersionIsRefusedSayingSo() {
        assertThat(refusal("{\"bomFormat\":\"CycloneDX\"}"))
                .hasMessageStartingWith("The SBOM declares no specVersion, but Madoguchi accepts");
        assertThat(refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":1.6}"))
                .hasMessageStartingWith("The SBOM declares specVersion 1.6 (not a string), but");
    }

    @Test
    void aDocumentBreakingItsSchemaIsRefusedQuotingTheProblem() {
        InvalidSbomException refused = refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\","
                + "\"components\":[{\"type\":\"library\",\"version\":\"1.0\"}]}");

        assertThat(refused.reason()).isEqualTo(Reason.SCHEMA_INVALID);
        assertThat(refused.detail()).isEqualTo("$.components[0]: required property 'name' not found");
        assertThat(refused).hasMessage("The SBOM does not follow the CycloneDX 1.6 JSON schema: "
                + "$.components[0]: required property 'name' not found. Correct these (usually in the tool that "
                + "produced the SBOM) and upload it again.");
    }

    @Test
    void schemaProblemsAreInEnglishWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.JAPAN);
        try {
            assertThat(refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\"}").detail())
                    .isEqualTo("$: required property 'version' not found");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void manySchemaProblemsAreQuotedFiveAndTheRestCounted() {
        StringBuilder nameless = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            nameless.append(i == 0 ? "" : ",").append("{\"type\":\"library\",\"version\":\"").append(i).append("\"}");
        }
        InvalidSbomException refused = refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\","
                + "\"components\":[" + nameless + "]}");

        assertThat(refused.reason()).isEqualTo(Reason.SCHEMA_INVALID);
        assertThat(refused.detail()).contains("$.components[4]").doesNotContain("$.components[5]")
                .endsWith(" (and 3 more)");
    }

    @Test
    void siblingEntriesAlikeInEveryFieldAreRefusedByTheSchema() {
        // CycloneDX 1.4 to 1.6: "components" has "uniqueItems": true; entries differing in any field are all listed
        String entry = "{\"type\":\"library\",\"name\":\"zlib\",\"version\":\"1.3\"}";
        InvalidSbomException refused = refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\","
                + "\"components\":[" + entry + "," + entry + "]}");

        assertThat(refused.reason()).isEqualTo(Reason.SCHEMA_INVALID);
        assertThat(refused.detail()).isEqualTo("$.components: must have only unique items in the array");
    }

    @Test
    void eachSpecVersionIsCheckedAgainstItsOwnSchema() {
        // "manufacturer" on a component is new in CycloneDX 1.6; "version" is required at the top level in 1.4 only
        String component = "\"components\":[{\"type\":\"device\",\"name\":\"router\","
                + "\"manufacturer\":{\"name\":\"Example Denki K.K.\"}}]}";

        assertThat(CycloneDxSbomTests.read(("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"," + component)
                .getBytes(StandardCharsets.UTF_8)).components()).hasSize(1);
        InvalidSbomException refused = refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\"," + component);
        assertThat(refused.reason()).isEqualTo(Reason.SCHEMA_INVALID);
        assertThat(refused.detail()).contains("manufacturer");
        assertThat(refusal("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.4\"}").detail())
                .isEqualTo("$: required property 'version' not found");
    }

    @Test
    void aStreamLargerThanTheLimitIsRefusedAfterReadingOneBytePastIt() {
        EndlessSbomStream fiveHundredMegabytes = new EndlessSbomStream(500L * 1000 * 1000);

        InvalidSbomException refused = catchThrowableOfType(InvalidSbomException.class,
                () -> CycloneDxSbom.read(fiveHundredMegabytes, 1024 * 1024));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(fiveHundredMegabytes.bytesRead()).isEqualTo(1024 * 1024 + 1);
        assertThat(refused).hasMessageStartingWith("The SBOM is larger than the limit of 1 MiB (1,048,576 bytes).");
        assertThat(refused.detail()).isEqualTo("1 MiB (1,048,576 bytes)");
    }

    @Test
    void theDefaultLimitRefusesAFiveHundredMegabyteStream() {
        EndlessSbomStream fiveHundredMegabytes = new EndlessSbomStream(500L * 1000 * 1000);

        InvalidSbomException refused = catchThrowableOfType(InvalidSbomException.class,
                () -> CycloneDxSbom.read(fiveHundredMegabytes, SbomLimits.defaults()));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(fiveHundredMegabytes.bytesRead()).isEqualTo(SbomLimits.DEFAULT_MAX_BYTES + 1);
        assertThat(refused.detail()).isEqualTo("50 MiB (52,428,800 bytes)");
    }

    @Test
    void aFileOfExactlyTheLimitIsAcceptedAndOneByteLessRefused() {
        byte[] json = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(CycloneDxSbom.read(new ByteArrayInputStream(json), json.length).specVersion()).isEqualTo("1.6");
        assertThat(refusal(json, SbomLimits.ofMaxBytes(json.length - 1)).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void componentsNestedDeeperThanTheLimitAreRefused() {
        InvalidSbomException refused = refusal(GeneratedSboms.chain(SbomLimits.DEFAULT_MAX_NESTING + 1));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_DEEP);
        assertThat(refused.detail()).isEqualTo("64");
        assertThat(refused).hasMessageStartingWith("The SBOM nests components more than 64 levels deep");
    }

    @Test
    void jsonNestedDeeperThanTwiceTheComponentLimitPlusThirtyTwoIsRefused() {
        // the top-level object is level 1 and "properties" level 2: 158 more arrays make 160 levels, 159 make 161
        String start = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"properties\":[";

        assertThat(refusal(start + "[".repeat(158) + "]".repeat(159) + "}").reason())
                .isEqualTo(Reason.SCHEMA_INVALID);
        InvalidSbomException refused = refusal(start + "[".repeat(159) + "]".repeat(160) + "}");
        assertThat(refused.reason()).isEqualTo(Reason.TOO_DEEP);
        assertThat(refused.detail()).isEqualTo("160");
    }

    @Test
    void jsonNestedFarDeeperThanAnySbomIsRefusedWithoutExhaustingTheStack() {
        String deep = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"properties\":"
                + "[".repeat(200_000) + "]".repeat(200_000) + "}";

        InvalidSbomException refused = refusal(deep);

        assertThat(refused.reason()).isEqualTo(Reason.TOO_DEEP);
        assertThat(refused).hasMessageStartingWith("The SBOM nests JSON objects and arrays more than 160 levels deep");
    }

    @Test
    void moreComponentsThanTheLimitAreRefusedCountingNestedOnes() {
        StringBuilder five = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            five.append(i == 0 ? "" : ",").append("{\"type\":\"library\",\"name\":\"a").append(i)
                    .append("\",\"components\":[{\"type\":\"library\",\"name\":\"b\"}]}");
        }
        SbomLimits tenComponents = new SbomLimits(SbomLimits.DEFAULT_MAX_BYTES, SbomLimits.DEFAULT_MAX_NESTING, 10);
        String start = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[";

        assertThat(CycloneDxSbom.read(new ByteArrayInputStream((start + five + "]}").getBytes(StandardCharsets.UTF_8)),
                tenComponents).components()).hasSize(10);
        InvalidSbomException refused = refusal((start + five + ",{\"type\":\"library\",\"name\":\"c\"}]}")
                .getBytes(StandardCharsets.UTF_8), tenComponents);
        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_COMPONENTS);
        assertThat(refused).hasMessageStartingWith("The SBOM lists more than 10 components.");
    }

    @Test
    void theDefaultLimitRefusesTwoHundredThousandAndOneComponents() {
        String entry = "{\"type\":\"library\",\"name\":\"x\"}";
        byte[] json = ("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":["
                + String.join(",", Collections.nCopies(200_001, entry)) + "]}")
                .getBytes(StandardCharsets.UTF_8);

        InvalidSbomException refused = refusal(json);

        assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_COMPONENTS);
        assertThat(refused).hasMessageStartingWith("The SBOM lists more than 200,000 components.");
        assertThat(refused.detail()).isEqualTo("200000");
    }

    @Test
    void eachReasonHasAMessageKeyForTheWebLayer() {
        assertThat(new InvalidSbomException(Reason.TOO_MANY_COMPONENTS, "1", "m").messageKey())
                .isEqualTo("sbom.refused.too-many-components");
        assertThat(new InvalidSbomException(Reason.NOT_CYCLONEDX, "x", "m").messageKey())
                .isEqualTo("sbom.refused.not-cyclonedx");
    }
}
