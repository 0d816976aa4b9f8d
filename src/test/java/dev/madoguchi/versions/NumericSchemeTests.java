package dev.madoguchi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericSchemeTests {

    private final VersionScheme numeric = VersionScheme.NUMERIC;

    @Test
    void numericComparesComponentsAsNumbersNotText() {
        assertThat(numeric.compare("1.10", "1.9")).isPositive();
        assertThat(numeric.compare("1.9", "1.10")).isNegative();
        assertThat(numeric.compare("2", "10")).isNegative();
        assertThat(numeric.compare("10.0.19045", "10.0.9200")).isPositive();
    }

    @Test
    void numericComparesFromTheMostSignificantComponent() {
        assertThat(numeric.compare("2.0", "1.99.99")).isPositive();
        assertThat(numeric.compare("1.2.10", "1.3")).isNegative();
    }

    @Test
    void numericMissingTrailingComponentsCountAsZero() {
        assertThat(numeric.compare("1.2", "1.2.0")).isZero();
        assertThat(numeric.compare("1", "1.0.0.0")).isZero();
        assertThat(numeric.compare("1.2", "1.2.0.1")).isNegative();
        assertThat(numeric.compare("1.2.1", "1.2")).isPositive();
    }

    @Test
    void numericLeadingZerosDoNotCount() {
        assertThat(numeric.compare("1.08", "1.8")).isZero();
        assertThat(numeric.compare("1.08", "1.10")).isNegative();
        assertThat(numeric.compare("01.002.0003", "1.2.3")).isZero();
        assertThat(numeric.compare("0", "000")).isZero();
    }

    @Test
    void numericOrdersNumbersTooLongForALong() {
        assertThat(numeric.compare("1.99999999999999999999999", "1.100000000000000000000000")).isNegative();
        assertThat(numeric.compare("1.00000000000000000000000000007", "1.7")).isZero();
    }

    @Test
    void numericIgnoresSurroundingBlanks() {
        assertThat(numeric.accepts(" 1.2 ")).isTrue();
        assertThat(numeric.compare(" 1.2 ", "1.2")).isZero();
    }

    @Test
    void numericSortsAProductsVersions() {
        VersionOrder order = VersionOrder.of(numeric);
        assertThat(order.sorted(List.of("1.10", "1.9", "1.0", "2", "1.9.1", "1.08")))
                .containsExactly("1.0", "1.08", "1.9", "1.9.1", "1.10", "2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.2", "1.2.10", "10.0.19045", "0", "007.1"})
    void numericAcceptsDotSeparatedWholeNumbers(String version) {
        assertThat(numeric.accepts(version)).isTrue();
        assertThat(numeric.problem(version)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.x     | "1.x" is not a numeric version: "x" is not a whole number.
            1..2    | "1..2" is not a numeric version: it has an empty part between dots.
            .1      | ".1" is not a numeric version: it has an empty part between dots.
            1.      | "1." is not a numeric version: it has an empty part between dots.
            -1      | "-1" is not a numeric version: "-1" is not a whole number.
            1.2.3a  | "1.2.3a" is not a numeric version: "3a" is not a whole number.
            v1.2    | "v1.2" is not a numeric version: "v1" is not a whole number.
            1.2 .3  | "1.2 .3" is not a numeric version: "2 " is not a whole number.
            １.２     | "１.２" is not a numeric version: "１" is not a whole number.
            """)
    void numericRefusesAnythingButWholeNumbersAndDots(String version, String message) {
        assertThat(numeric.accepts(version)).isFalse();
        assertThat(numeric.problem(version)).hasValueSatisfying(p -> assertThat(p).startsWith(message)
                .endsWith("Write whole numbers separated by dots, such as 1.2.10."));
    }

    @Test
    void numericRefusesAnEmptyVersion() {
        assertThat(numeric.problem("")).contains("The version is empty.");
        assertThat(numeric.problem("  ")).contains("The version is empty.");
        assertThat(numeric.problem(null)).contains("The version is empty.");
    }

    @Test
    void comparingAnInvalidNumericVersionNamesIt() {
        assertThatThrownBy(() -> numeric.compare("1.0", "1.x"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("\"1.x\" is not a numeric version");
    }
}
