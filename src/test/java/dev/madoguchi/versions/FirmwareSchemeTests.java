package dev.madoguchi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FirmwareSchemeTests {

    private final VersionScheme firmware = VersionScheme.FIRMWARE;

    @Test
    void firmwareLetterSuffixSortsAfterTheBareVersion() {
        assertThat(firmware.compare("1.08", "1.08J")).isNegative();
        assertThat(firmware.compare("Ver.1.08J", "Ver.1.08")).isPositive();
        assertThat(firmware.compare("1.0.3", "1.0.3a")).isNegative();
    }

    @Test
    void firmwareLetterSuffixesCompareAlphabetically() {
        assertThat(firmware.compare("1.08J", "1.08K")).isNegative();
        assertThat(firmware.compare("1.0.3b", "1.0.3a")).isPositive();
        assertThat(firmware.compare("1.08J", "1.08JA")).isNegative();
    }

    @Test
    void firmwareLettersIgnoreCase() {
        assertThat(firmware.compare("1.08J", "1.08j")).isZero();
        assertThat(firmware.compare("1.0.3A", "1.0.3b")).isNegative();
    }

    @Test
    void firmwareComparesDigitRunsAsNumbers() {
        assertThat(firmware.compare("V2.10", "V2.9")).isPositive();
        assertThat(firmware.compare("1.08J", "1.10A")).isNegative();
        assertThat(firmware.compare("05", "5")).isZero();
        assertThat(firmware.compare("05", "10")).isNegative();
        assertThat(firmware.compare("Ver.1.060", "Ver.1.60")).isZero();
        assertThat(firmware.compare("1.99999999999999999999", "1.100000000000000000000")).isNegative();
    }

    @Test
    void firmwareIgnoresAVerOrVPrefixInAnyCase() {
        assertThat(firmware.compare("Ver.1.08J", "1.08J")).isZero();
        assertThat(firmware.compare("VER.1.08J", "1.08J")).isZero();
        assertThat(firmware.compare("ver1.08J", "1.08J")).isZero();
        assertThat(firmware.compare("Ver 1.08J", "1.08J")).isZero();
        assertThat(firmware.compare("V2.10", "2.10")).isZero();
        assertThat(firmware.compare("v2.10", "2.10")).isZero();
        assertThat(firmware.compare("  Ver.1.08J  ", "1.08J")).isZero();
    }

    @Test
    void firmwareKeepsALeadingVThatIsNotAPrefix() {
        assertThat(firmware.accepts("VA1")).isTrue();
        assertThat(firmware.compare("VA1", "A1")).isPositive();
    }

    @Test
    void firmwareExtraNumericRunIsGreater() {
        assertThat(firmware.compare("1.0", "1.0.1")).isNegative();
        assertThat(firmware.compare("1.08", "1.08.0")).isNegative();
    }

    @Test
    void firmwareDigitsSortAfterLettersInTheSamePlace() {
        assertThat(firmware.compare("1.0a", "1.0.1")).isNegative();
        assertThat(firmware.compare("1.08J", "1.08.1")).isNegative();
    }

    @Test
    void firmwareSeparatorsOnlyEndARun() {
        assertThat(firmware.compare("1.08J", "1-08-J")).isZero();
        assertThat(firmware.compare("1.08J", "1_08.J")).isZero();
        assertThat(firmware.compare("1.08", "108")).isNegative();
    }

    @Test
    void firmwareSortsAProductsVersions() {
        VersionOrder order = VersionOrder.of(firmware);
        assertThat(order.sorted(List.of("Ver.1.10A", "Ver.1.08J", "Ver.1.08", "Ver.1.09", "Ver.1.08K", "Ver.2.00",
                "Ver.1.9")))
                .containsExactly("Ver.1.08", "Ver.1.08J", "Ver.1.08K", "Ver.1.09", "Ver.1.9", "Ver.1.10A",
                        "Ver.2.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ver.1.08J", "1.08J", "V2.10", "Ver.1.060", "05", "1.0.3a", "r12", "2024-01-31",
            "1.0_beta2"})
    void firmwareAcceptsVendorStrings(String version) {
        assertThat(firmware.problem(version)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ver.      | "Ver." is not a firmware version: it has no digits.
            V         | "V" is not a firmware version: it has no digits.
            latest    | "latest" is not a firmware version: it has no digits.
            n/a       | "n/a" is not a firmware version: "/" cannot be part of it.
            1.08 J    | "1.08 J" is not a firmware version: " " cannot be part of it.
            1.0+b     | "1.0+b" is not a firmware version: "+" cannot be part of it.
            １.０８     | "１.０８" is not a firmware version: "１" cannot be part of it.
            1..08     | "1..08" is not a firmware version: a separator (. - _) must stand between letters or digits.
            .1.08     | ".1.08" is not a firmware version: a separator (. - _) must stand between letters or digits.
            1.08.     | "1.08." is not a firmware version: it ends with a separator.
            """)
    void firmwareRefusesWhatItCannotRead(String version, String message) {
        assertThat(firmware.accepts(version)).isFalse();
        assertThat(firmware.problem(version)).hasValueSatisfying(p -> assertThat(p).startsWith(message)
                .endsWith("Use ASCII letters and digits, with . - _ between them, such as 1.08J."));
    }

    @Test
    void firmwareRefusesAnEmptyVersion() {
        assertThat(firmware.problem("")).contains("The version is empty.");
        assertThat(firmware.problem("   ")).contains("The version is empty.");
        assertThat(firmware.problem(null)).contains("The version is empty.");
    }

    @Test
    void comparingAnInvalidFirmwareVersionNamesIt() {
        assertThatThrownBy(() -> firmware.compare("1.08J", "n/a"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("\"n/a\" is not a firmware version");
    }
}
