package dev.madoguchi.cve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Bytes that are no CVE record at all get one finding about the whole record instead of an exception: not JSON, not
 * UTF-8 (RFC 8259 §8.1), larger than the limit, or nested deeper than the limit (which keeps the parser and the
 * validator off the end of the stack).
 */
class CveRecordRefusalTests {

    private final CveSchema schema = CveSchema.defaultVersion();

    @Test
    void textThatIsNotJsonIsOneFindingAboutTheWholeRecord() {
        List<CveFinding> findings = schema.validate("dataType: CVE_RECORD".getBytes(StandardCharsets.UTF_8));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.pointer()).isEqualTo(CveFinding.WHOLE_RECORD);
            assertThat(finding.message()).startsWith("the record is not valid JSON at line 1, column 1");
        });
    }

    @Test
    void anEmptyFileIsNotARecord() {
        assertThat(schema.validate(new byte[0])).singleElement()
                .extracting(CveFinding::message).asString().contains("empty");
    }

    @Test
    void textAfterTheRecordIsNotJson() {
        assertThat(schema.validate("{} {}".getBytes(StandardCharsets.UTF_8))).singleElement()
                .extracting(CveFinding::message).asString().contains("not valid JSON");
    }

    @Test
    void aDuplicateMemberNameIsNotAcceptedAsJson() {
        byte[] record = "{\"dataType\":\"CVE_RECORD\",\"dataType\":\"CVE_RECORD\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(schema.validate(record)).singleElement()
                .extracting(CveFinding::message).asString().contains("Duplicate field 'dataType'");
    }

    @Test
    void latin1TextIsNotUtf8() {
        byte[] record = "{\"dataType\":\"CVE_RECORD\",\"x_vendor\":\"Société\"}"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(schema.validate(record)).singleElement()
                .extracting(CveFinding::message).asString().contains("is not UTF-8");
    }

    @Test
    void utf16TextIsNotUtf8() {
        byte[] record = "{\"dataType\":\"CVE_RECORD\"}".getBytes(StandardCharsets.UTF_16LE);

        assertThat(schema.validate(record)).singleElement()
                .extracting(CveFinding::message).asString().contains("is not UTF-8");
    }

    @Test
    void aRecordLargerThanTenMebibytesIsRefusedUnparsed() {
        byte[] record = new byte[CveSchema.MAX_BYTES + 1];
        Arrays.fill(record, (byte) ' ');

        assertThat(schema.validate(record)).singleElement()
                .extracting(CveFinding::message).asString().contains("larger than the limit of 10,485,760 bytes");
    }

    @Test
    void deepNestingIsRefusedWithoutExhaustingTheStack() {
        int depth = 200_000;
        byte[] record = ("{\"x_deep\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(schema.validate(record)).singleElement()
                .extracting(CveFinding::message).asString().contains("more than 100 levels deep");
    }

    @Test
    void oneHundredLevelsOfNestingAreParsedAndOneHundredAndOneAreNot() {
        byte[] hundred = ("[".repeat(100) + "]".repeat(100)).getBytes(StandardCharsets.UTF_8);
        byte[] hundredAndOne = ("[".repeat(101) + "]".repeat(101)).getBytes(StandardCharsets.UTF_8);

        assertThat(schema.validate(hundred)).extracting(CveFinding::message)
                .noneMatch(message -> message.contains("levels deep"));
        assertThat(schema.validate(hundredAndOne)).singleElement()
                .extracting(CveFinding::message).asString().contains("more than 100 levels deep");
    }

    @Test
    void nestingWithinTheLimitInAnExtensionMemberIsAccepted() {
        int depth = 60;
        byte[] record = CveRecords.published(r -> { });
        String text = new String(record, StandardCharsets.UTF_8);
        String deep = "\"x_deep\":" + "[".repeat(depth) + "]".repeat(depth) + ",";
        byte[] nested = text.replaceFirst("\"cna\":\\{", "\"cna\":{" + deep).getBytes(StandardCharsets.UTF_8);

        assertThat(schema.validate(nested)).isEmpty();
    }
}
