package dev.madoguchi.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CvssScoreCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CvssScoreCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aValidVectorPrintsScoreAndSeverityWithOneDecimal() {
        assertThat(run("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isZero();
        assertThat(out()).isEqualTo("9.8 CRITICAL" + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void aScoreOfZeroAndOfTenKeepTheirDecimal() {
        assertThat(run("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N")).isZero();
        assertThat(run("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H")).isZero();
        assertThat(out().lines()).containsExactly("0.0 NONE", "10.0 CRITICAL");
    }

    @Test
    void theCommandScoresReadOnlyVersionsToo() {
        assertThat(run("CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H")).isZero();
        assertThat(run("AV:N/AC:L/Au:N/C:P/I:P/A:P")).isZero();
        assertThat(out().lines()).containsExactly("8.8 HIGH", "7.5 HIGH");
    }

    @Test
    void anInvalidVectorExitsTwoNamingTheFailingMetric() {
        assertThat(run("CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("AV:X is not a value of AV (Attack Vector): use N, A, L or P.");
    }

    @Test
    void aMissingOrExtraArgumentExitsTwoWithTheUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "extra")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("A vector is needed.").contains("Only one vector is taken")
                .contains("usage: cvss score VECTOR");
    }
}
