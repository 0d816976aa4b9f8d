package dev.madoguchi.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CvssVectorTests {

    private static final String V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private static final String V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

    @Test
    void aNewEntryTakesV31AndV40() {
        assertThat(CvssVector.parse(V31)).isEqualTo(new CvssVector("3.1", V31, 9.8, "CRITICAL"));
        assertThat(CvssVector.parse(V40)).isEqualTo(new CvssVector("4.0", V40, 9.3, "CRITICAL"));
        assertThat(CvssVector.parse("  " + V31 + "\n").vector()).isEqualTo(V31);
    }

    @Test
    void aNewEntryRefusesV30AsReadOnly() {
        assertThatThrownBy(() -> CvssVector.parse("CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .isInstanceOf(InvalidCvssVectorException.class)
                .hasMessageContaining("CVSS v3.0").hasMessageContaining("read only")
                .hasMessageContaining("CVSS:3.1/ or CVSS:4.0/");
    }

    @Test
    void aNewEntryRefusesV2AsReadOnly() {
        assertThatThrownBy(() -> CvssVector.parse("AV:N/AC:L/Au:N/C:P/I:P/A:P"))
                .isInstanceOf(InvalidCvssVectorException.class)
                .hasMessageContaining("CVSS v2").hasMessageContaining("read only")
                .hasMessageContaining("CVSS:3.1/ or CVSS:4.0/");
        assertThatThrownBy(() -> CvssVector.parse("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .hasMessage("The vector must start with CVSS:3.1/ or CVSS:4.0/.");
    }

    @Test
    void importedDataReadsV30AndV2WithTheirScores() {
        assertThat(CvssVector.read("CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H"))
                .isEqualTo(new CvssVector("3.0", "CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 8.8, "HIGH"));
        // CVSS v2 guide §3.3 examples: CVE-2002-0392 7.8, CVE-2003-0818 10.0, CVE-2003-0062 6.2.
        assertThat(CvssVector.read("AV:N/AC:L/Au:N/C:N/I:N/A:C").baseScore()).isEqualTo(7.8);
        assertThat(CvssVector.read("AV:N/AC:L/Au:N/C:C/I:C/A:C").baseScore()).isEqualTo(10.0);
        assertThat(CvssVector.read("AV:L/AC:H/Au:N/C:C/I:C/A:C").baseScore()).isEqualTo(6.2);
        assertThat(CvssVector.read("AV:N/AC:L/Au:N/C:P/I:P/A:P").version()).isEqualTo("2.0");
        assertThat(CvssVector.read(V31).acceptedForNewEntries()).isTrue();
        assertThat(CvssVector.read("AV:N/AC:L/Au:N/C:P/I:P/A:P").acceptedForNewEntries()).isFalse();
    }

    @Test
    void aV2SeverityIsNvdsThreeBands() {
        assertThat(CvssVector.read("AV:L/AC:H/Au:M/C:N/I:N/A:N").severity()).isEqualTo("LOW");
        assertThat(CvssVector.read("AV:L/AC:H/Au:N/C:C/I:C/A:C").severity()).isEqualTo("MEDIUM");
        assertThat(CvssVector.read("AV:N/AC:L/Au:N/C:C/I:C/A:C").severity()).isEqualTo("HIGH");
        assertThat(CvssVector.v2Severity(3.9)).isEqualTo("LOW");
        assertThat(CvssVector.v2Severity(4.0)).isEqualTo("MEDIUM");
        assertThat(CvssVector.v2Severity(7.0)).isEqualTo("HIGH");
    }

    @Test
    void severityFollowsTheQualitativeScaleBoundaries() {
        assertThat(CvssVector.severity(0.0)).isEqualTo("NONE");
        assertThat(CvssVector.severity(0.1)).isEqualTo("LOW");
        assertThat(CvssVector.severity(3.9)).isEqualTo("LOW");
        assertThat(CvssVector.severity(4.0)).isEqualTo("MEDIUM");
        assertThat(CvssVector.severity(6.9)).isEqualTo("MEDIUM");
        assertThat(CvssVector.severity(7.0)).isEqualTo("HIGH");
        assertThat(CvssVector.severity(8.9)).isEqualTo("HIGH");
        assertThat(CvssVector.severity(9.0)).isEqualTo("CRITICAL");
        assertThat(CvssVector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N").severity()).isEqualTo("NONE");
    }

    @Test
    void aValueTheMetricDoesNotAllowIsNamedWithTheAllowedValues() {
        assertThatThrownBy(() -> CvssVector.parse("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .hasMessage("AV:X is not a value of AV (Attack Vector): use N, A, L or P.");
        assertThatThrownBy(() -> CvssVector.parse(V40.replace("SA:N", "SA:J")))
                .hasMessage("SA:J is not a value of SA (Subsequent System Availability): use H, L or N.");
        assertThatThrownBy(() -> CvssVector.read("AV:N/AC:L/Au:X/C:P/I:P/A:P"))
                .hasMessage("Au:X is not a value of Au (Authentication): use M, S or N.");
    }

    @Test
    void aMissingMandatoryMetricIsNamed() {
        assertThatThrownBy(() -> CvssVector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H"))
                .hasMessage("The mandatory base metric A (Availability) is missing.");
        assertThatThrownBy(() -> CvssVector.parse("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SA:N"))
                .hasMessage("The mandatory base metrics SC (Subsequent System Confidentiality), "
                        + "SI (Subsequent System Integrity) are missing.");
        assertThatThrownBy(() -> CvssVector.read("AV:N/AC:L/C:P/I:P/A:P"))
                .hasMessage("The mandatory base metric Au (Authentication) is missing.");
    }

    @Test
    void aDuplicatedMetricIsNamed() {
        assertThatThrownBy(() -> CvssVector.parse("CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"))
                .hasMessageStartingWith("AV (Attack Vector) appears more than once");
        assertThatThrownBy(() -> CvssVector.parse(V40 + "/E:A/E:U"))
                .hasMessageStartingWith("E (Exploit Maturity) appears more than once");
    }

    @Test
    void anUnknownMetricIsNamedWithTheVersionsBaseMetrics() {
        assertThatThrownBy(() -> CvssVector.parse(V31 + "/ZZ:P"))
                .hasMessage("ZZ is not a metric of CVSS v3.1; its base metrics are AV, AC, PR, UI, S, C, I, A.");
        assertThatThrownBy(() -> CvssVector.parse(V31.replace("AV:N", "av:N")))
                .hasMessageStartingWith("av is not a metric of CVSS v3.1 (metric names are case-sensitive: AV)");
        assertThatThrownBy(() -> CvssVector.parse(V40 + "/S:U"))
                .hasMessage("S:U is not a value of S (Safety): use X, N or P.");
    }

    @Test
    void aMalformedPartIsNamed() {
        assertThatThrownBy(() -> CvssVector.parse(V31 + "/E"))
                .hasMessage("\"E\" is not METRIC:VALUE (for example AV:N).");
        assertThatThrownBy(() -> CvssVector.parse(V31 + "/"))
                .hasMessageStartingWith("The vector has an empty part");
        assertThatThrownBy(() -> CvssVector.parse(V31.replace("/AC", "//AC")))
                .hasMessageStartingWith("The vector has an empty part");
        assertThatThrownBy(() -> CvssVector.parse("CVSS:3.1/")).hasMessage("The vector has no metrics after CVSS:3.1.");
    }

    @Test
    void anUnknownVersionOrAnEmptyVectorIsRefused() {
        assertThatThrownBy(() -> CvssVector.read("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P"))
                .hasMessageStartingWith("CVSS:2.0 is not a CVSS version this desk reads");
        assertThatThrownBy(() -> CvssVector.parse(" ")).hasMessage("The vector is empty.");
        assertThatThrownBy(() -> CvssVector.read(null)).hasMessage("The vector is empty.");
    }

    @Test
    void optionalMetricsWithNotDefinedAreAccepted() {
        assertThat(CvssVector.parse(V31 + "/E:X/RL:O/MAV:X").baseScore()).isEqualTo(9.8);
        assertThat(CvssVector.read("AV:N/AC:L/Au:N/C:P/I:P/A:P/E:ND/RL:OF/CDP:LM").baseScore()).isEqualTo(7.5);
        assertThat(CvssVector.parse(V40 + "/E:X/U:Amber/MSI:S").version()).isEqualTo("4.0");
    }
}
