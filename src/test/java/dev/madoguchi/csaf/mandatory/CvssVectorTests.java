package dev.madoguchi.csaf.mandatory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the CSAF validator reads CVSS vector strings. */
class CvssVectorTests {

    @Test
    void metricsMayComeInAnyOrderAndLeftOutOnesAreNotDefined() {
        CvssVector vector = CvssVector.v3("CVSS:3.0/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N/E:P");

        assertThat(vector.version()).isEqualTo("3.0");
        assertThat(vector.code("E")).isEqualTo("P");
        assertThat(vector.code("RL")).isEqualTo("X");
        assertThat(vector.names("RL")).isFalse();
        assertThat(CvssVector.v2("AV:N/AC:L/Au:N/C:C/I:C/A:C").code("CDP")).isEqualTo("ND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CVSS:3.1", "CVSS:3.1/", "CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:Q",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E",
            "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"})
    void malformedV3VectorsAreNone(String text) {
        assertThat(CvssVector.v3(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AV:N/AC:L/Au:N/C:C/I:C", "(AV:N/AC:L/Au:N/C:C/I:C/A:C)",
            "AV:N/AC:L/Au:N/C:C/I:C/A:C/E:X", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"})
    void malformedV2VectorsAreNone(String text) {
        assertThat(CvssVector.v2(text)).isNull();
    }
}
