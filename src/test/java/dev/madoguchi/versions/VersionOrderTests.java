package dev.madoguchi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class VersionOrderTests {

    private static final List<String> RELEASES = List.of("Initial", "2019 Spring", "2019 Autumn", "Rev. C", "Rev. B");

    private final VersionOrder listed = VersionOrder.of(VersionScheme.LISTED, RELEASES);

    @Test
    void listedOrderFollowsReleaseOrder() {
        assertThat(listed.compare("Initial", "2019 Spring")).isNegative();
        assertThat(listed.compare("Rev. B", "Rev. C")).as("entered after Rev. C, so later").isPositive();
        assertThat(listed.compare("2019 Autumn", "2019 Autumn")).isZero();
        assertThat(listed.sorted(List.of("Rev. B", "Initial", "Rev. C", "2019 Autumn")))
                .containsExactly("Initial", "2019 Autumn", "Rev. C", "Rev. B");
    }

    @Test
    void listedOrderIgnoresBlanksAroundVersions() {
        VersionOrder order = VersionOrder.of(VersionScheme.LISTED, List.of(" A ", "B"));
        assertThat(order.knownVersions()).containsExactly("A", "B");
        assertThat(order.compare("A", " B ")).isNegative();
    }

    @Test
    void listedOrderRefusesToCompareAnUnknownVersion() {
        assertThatThrownBy(() -> listed.compare("Initial", "2020 Spring"))
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOf(InvalidVersionException.class)
                .hasMessage("\"2020 Spring\" is not one of the product's versions. Its versions are ordered as they "
                        + "were listed, so a version must be added to the product before it can be compared.");
        assertThat(listed.accepts("2020 Spring")).isFalse();
        assertThat(listed.accepts("Rev. C")).isTrue();
    }

    @Test
    void listedOrderIsCaseSensitive() {
        assertThat(listed.accepts("rev. c")).isFalse();
    }

    @Test
    void aVersionListedTwiceIsRefused() {
        assertThatThrownBy(() -> VersionOrder.of(VersionScheme.LISTED, List.of("A", "B", " A")))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessage("\"A\" is listed twice; each version has one place in the release order.");
    }

    @Test
    void theListedSchemeNeedsTheProductsVersions() {
        assertThatThrownBy(() -> VersionOrder.of(VersionScheme.LISTED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ordered by the product's versions in release order");
    }

    @Test
    void aRuleBasedOrderComparesVersionsNotInTheList() {
        VersionOrder order = VersionOrder.of(VersionScheme.NUMERIC, List.of("1.0", "1.1"));
        assertThat(order.compare("2.0", "1.10")).isPositive();
        assertThat(order.accepts("3.0")).isTrue();
        assertThat(order.knownVersions()).containsExactly("1.0", "1.1");
    }

    @Test
    void aRuleBasedOrderOrdersByItsRuleNotByTheList() {
        VersionOrder order = VersionOrder.of(VersionScheme.NUMERIC, List.of("1.10", "1.9"));
        assertThat(order.compare("1.10", "1.9")).isPositive();
    }

    @Test
    void aKnownVersionTheSchemeCannotReadIsRefused() {
        assertThatThrownBy(() -> VersionOrder.of(VersionScheme.SEMANTIC, List.of("1.0.0", "1.1")))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("\"1.1\" is not a semantic version");
        assertThatThrownBy(() -> VersionOrder.of(VersionScheme.LISTED, List.of("A", "")))
                .hasMessage("The version is empty.");
    }

    @Test
    void anOrderExplainsWhyAVersionCannotBeOrdered() {
        VersionOrder numeric = VersionOrder.of(VersionScheme.NUMERIC);
        assertThat(numeric.problem("1.x")).hasValueSatisfying(p -> assertThat(p).startsWith("\"1.x\" is not"));
        assertThat(numeric.problem("1.2")).isEmpty();
        assertThat(listed.problem("")).contains("The version is empty.");
    }

    @Test
    void sortingKeepsTheGivenOrderOfEqualVersions() {
        VersionOrder numeric = VersionOrder.of(VersionScheme.NUMERIC);
        assertThat(numeric.sorted(List.of("1.2.0", "1.1", "1.2"))).containsExactly("1.1", "1.2.0", "1.2");
        assertThat(numeric.sorted(List.of("1.2", "1.1", "1.2.0"))).containsExactly("1.1", "1.2", "1.2.0");
    }

    @Test
    void anOrderIsAComparatorForCollections() {
        List<String> versions = new ArrayList<>(List.of("1.10", "1.9", "1.1"));
        versions.sort(VersionOrder.of(VersionScheme.NUMERIC));
        assertThat(versions).containsExactly("1.1", "1.9", "1.10");
    }
}
