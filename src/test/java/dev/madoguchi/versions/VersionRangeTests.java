package dev.madoguchi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionRangeTests {

    private final VersionOrder numeric = VersionOrder.of(VersionScheme.NUMERIC);
    private final VersionOrder firmware = VersionOrder.of(VersionScheme.FIRMWARE);
    private final VersionOrder listed = VersionOrder.of(VersionScheme.LISTED,
            List.of("Initial", "2019 Spring", "2019 Autumn", "Rev. C", "Rev. B"));

    @Test
    void rangeIncludesItsInclusiveLowerBound() {
        assertThat(VersionRange.parse(">= 1.0, < 1.20").contains("1.0", numeric)).isTrue();
        assertThat(VersionRange.parse(">= 1.0, < 1.20").contains("1.0.0", numeric)).isTrue();
        assertThat(VersionRange.parse(">= 1.0, < 1.20").contains("0.9", numeric)).isFalse();
    }

    @Test
    void rangeExcludesItsExclusiveLowerBound() {
        assertThat(VersionRange.parse("> 1.0").contains("1.0", numeric)).isFalse();
        assertThat(VersionRange.parse("> 1.0").contains("1.0.1", numeric)).isTrue();
    }

    @Test
    void rangeExcludesItsExclusiveUpperBound() {
        VersionRange range = VersionRange.parse(">= 1.0, < 1.20");
        assertThat(range.contains("1.20", numeric)).isFalse();
        assertThat(range.contains("1.20.0", numeric)).isFalse();
        assertThat(range.contains("1.19.99", numeric)).isTrue();
        assertThat(range.contains("1.9", numeric)).as("1.9 < 1.20 numerically").isTrue();
    }

    @Test
    void rangeIncludesItsInclusiveUpperBound() {
        assertThat(VersionRange.parse("<= 2.3").contains("2.3", numeric)).isTrue();
        assertThat(VersionRange.parse("<= 2.3").contains("2.3.1", numeric)).isFalse();
        assertThat(VersionRange.parse("<= 2.3").contains("0", numeric)).isTrue();
    }

    @Test
    void anExactRangeContainsOnlyItsVersionAndItsEqualSpellings() {
        VersionRange range = VersionRange.parse("= 1.5");
        assertThat(range.contains("1.5", numeric)).isTrue();
        assertThat(range.contains("1.5.0", numeric)).isTrue();
        assertThat(range.contains("1.05", numeric)).isTrue();
        assertThat(range.contains("1.5.1", numeric)).isFalse();
        assertThat(range.contains("1.4", numeric)).isFalse();
    }

    @Test
    void theAllRangeContainsEveryVersionTheOrderCanRead() {
        assertThat(VersionRange.all().contains("0", numeric)).isTrue();
        assertThat(VersionRange.all().contains("999.1", numeric)).isTrue();
        assertThatThrownBy(() -> VersionRange.all().contains("1.x", numeric))
                .isInstanceOf(InvalidVersionException.class);
        assertThatThrownBy(() -> VersionRange.all().contains("Rev. A", listed))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("\"Rev. A\" is not one of the product's versions.");
    }

    @Test
    void containsRefusesAVersionTheOrderCannotRead() {
        assertThatThrownBy(() -> VersionRange.parse(">= 1.0").contains("n/a", numeric))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("\"n/a\" is not a numeric version");
    }

    @Test
    void aFirmwareRangeUsesTheFirmwareOrder() {
        VersionRange range = VersionRange.parse(">= Ver.1.08, < Ver.1.10");
        assertThat(range.contains("Ver.1.08J", firmware)).isTrue();
        assertThat(range.contains("1.09", firmware)).isTrue();
        assertThat(range.contains("Ver.1.10", firmware)).isFalse();
        assertThat(range.contains("Ver.1.07Z", firmware)).isFalse();
    }

    @Test
    void aListedRangeUsesTheReleaseOrder() {
        VersionRange range = VersionRange.parse("> 2019 Spring, <= Rev. C");
        assertThat(range.contains("2019 Autumn", listed)).isTrue();
        assertThat(range.contains("Rev. C", listed)).isTrue();
        assertThat(range.contains("Rev. B", listed)).isFalse();
        assertThat(range.contains("2019 Spring", listed)).isFalse();
    }

    @Test
    void coveredListsTheVersionsInTheRangeInTheProductsOrder() {
        List<String> versions = List.of("1.20", "1.0", "1.9", "0.9", "1.10", "1.19.5", "2.0");
        assertThat(VersionRange.parse(">= 1.0, < 1.20").covered(versions, numeric))
                .containsExactly("1.0", "1.9", "1.10", "1.19.5");
        assertThat(VersionRange.parse("*").covered(versions, numeric))
                .containsExactly("0.9", "1.0", "1.9", "1.10", "1.19.5", "1.20", "2.0");
        assertThat(VersionRange.parse("= 1.10").covered(versions, numeric)).containsExactly("1.10");
        assertThat(VersionRange.parse("> 2.0").covered(versions, numeric)).isEmpty();
    }

    @Test
    void coveredListsListedVersionsInReleaseOrder() {
        assertThat(VersionRange.parse(">= 2019 Spring").covered(listed.knownVersions(), listed))
                .containsExactly("2019 Spring", "2019 Autumn", "Rev. C", "Rev. B");
        assertThat(VersionRange.parse("< Rev. C").covered(List.of("Rev. B", "2019 Autumn", "Initial"), listed))
                .containsExactly("Initial", "2019 Autumn");
    }

    @Test
    void coveredAgreesWithContains() {
        List<String> versions = List.of("Ver.1.08", "Ver.1.08J", "Ver.1.09", "Ver.1.10A", "Ver.2.00");
        VersionRange range = VersionRange.parse("> Ver.1.08, <= Ver.1.10A");
        assertThat(range.covered(versions, firmware))
                .containsExactlyElementsOf(versions.stream().filter(v -> range.contains(v, firmware)).toList())
                .containsExactly("Ver.1.08J", "Ver.1.09", "Ver.1.10A");
    }

    @Test
    void aValidRangeIsReturnedByValidate() {
        VersionRange range = VersionRange.parse(">= 1.0, < 1.20");
        assertThat(range.validate(numeric)).isSameAs(range);
        assertThat(VersionRange.parse("> 2019 Spring, <= Rev. B", listed)).isNotNull();
        assertThat(VersionRange.parse("*", listed)).isEqualTo(VersionRange.all());
        assertThat(VersionRange.parse("<= 1.0.0-rc.1", VersionOrder.of(VersionScheme.SEMANTIC))).isNotNull();
    }

    @Test
    void aRangeWhoseLowerBoundIsAboveItsUpperIsRefused() {
        assertThatThrownBy(() -> VersionRange.parse(">= 2.0, < 1.0", numeric))
                .isInstanceOf(InvalidVersionRangeException.class)
                .hasMessage("\">= 2.0, < 1.0\" covers no version: its lower bound 2.0 is above its upper bound 1.0.");
        assertThatThrownBy(() -> VersionRange.parse("> 1.10, <= 1.9", numeric))
                .hasMessageContaining("covers no version");
        assertThatThrownBy(() -> VersionRange.parse(">= Rev. B, <= Rev. C", listed))
                .hasMessageContaining("covers no version");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            >= 1.0, < 1.0     | ">= 1.0, < 1.0" covers no version: its bounds meet at 1.0 and exclude it.
            > 1.0, <= 1.0     | "> 1.0, <= 1.0" covers no version: its bounds meet at 1.0 and exclude it.
            > 1.0, < 1.0.0    | "> 1.0, < 1.0.0" covers no version: its bounds meet at 1.0 and exclude it.
            """)
    void aRangeWhoseBoundsMeetButExcludeTheMeetingVersionIsRefused(String range, String message) {
        assertThatThrownBy(() -> VersionRange.parse(range, numeric))
                .isInstanceOf(InvalidVersionRangeException.class)
                .hasMessage(message);
    }

    @Test
    void oneVersionSpelledTwiceAsBothBoundsIsRefused() {
        assertThatThrownBy(() -> VersionRange.parse(">= 1.5, <= 1.5.0", numeric))
                .isInstanceOf(InvalidVersionRangeException.class)
                .hasMessage("\">= 1.5, <= 1.5.0\" names one version twice (1.5 and 1.5.0 are equal in this product's "
                        + "order); write \"= 1.5\".");
    }

    @Test
    void aRangeWithABoundTheOrderCannotReadIsRefused() {
        assertThatThrownBy(() -> VersionRange.parse(">= 1.x, < 2", numeric))
                .isInstanceOf(InvalidVersionRangeException.class)
                .hasMessageStartingWith("The lower bound is not valid. \"1.x\" is not a numeric version");
        assertThatThrownBy(() -> VersionRange.parse(">= 1.0, < 2.0-beta", numeric))
                .hasMessageStartingWith("The upper bound is not valid. \"2.0-beta\" is not a numeric version");
        assertThatThrownBy(() -> VersionRange.parse("1.2", VersionOrder.of(VersionScheme.SEMANTIC)))
                .hasMessageStartingWith("The version is not valid. \"1.2\" is not a semantic version");
        assertThatThrownBy(() -> VersionRange.parse("< 2020 Spring", listed))
                .hasMessageStartingWith("The upper bound is not valid. \"2020 Spring\" is not one of the product's");
    }

    @Test
    void emptinessFollowsTheOrder() {
        assertThat(VersionRange.parse(">= 2.0, < 1.0").isEmpty(numeric)).isTrue();
        assertThat(VersionRange.parse(">= 1.0, < 1.0").isEmpty(numeric)).isTrue();
        assertThat(VersionRange.parse("= 1.0").isEmpty(numeric)).isFalse();
        assertThat(VersionRange.parse(">= 1.0, < 1.0.0.1").isEmpty(numeric)).isFalse();
        assertThat(VersionRange.parse("> 1.0").isEmpty(numeric)).isFalse();
        assertThat(VersionRange.parse("*").isEmpty(numeric)).isFalse();
        assertThat(VersionRange.parse(">= 1.10, < 1.9").isEmpty(numeric)).isTrue();
        assertThat(VersionRange.parse(">= 1.10, < 1.9").isEmpty(VersionOrder.of(VersionScheme.LISTED,
                List.of("1.10", "1.9")))).isFalse();
    }

    @Test
    void anEmptyRangeContainsNothing() {
        VersionRange empty = VersionRange.parse(">= 2.0, < 1.0");
        assertThat(empty.covered(List.of("0.5", "1.0", "1.5", "2.0", "2.5"), numeric)).isEmpty();
    }
}
