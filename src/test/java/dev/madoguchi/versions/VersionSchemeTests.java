package dev.madoguchi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class VersionSchemeTests {

    @Test
    void eachSchemeHasAStableLowerCaseCode() {
        assertThat(Arrays.stream(VersionScheme.values()).map(VersionScheme::code))
                .containsExactly("numeric", "semantic", "firmware", "listed");
    }

    @Test
    void aSchemeIsFoundByItsCode() {
        for (VersionScheme scheme : VersionScheme.values()) {
            assertThat(VersionScheme.fromCode(scheme.code())).isSameAs(scheme);
        }
    }

    @Test
    void anUnknownCodeIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> VersionScheme.fromCode("NUMERIC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown version scheme \"NUMERIC\"; the schemes are numeric, semantic, firmware, listed.");
        assertThatThrownBy(() -> VersionScheme.fromCode(null))
                .hasMessageStartingWith("Unknown version scheme null;");
    }

    @Test
    void theListedSchemeCannotCompareWithoutTheProductsList() {
        assertThatThrownBy(() -> VersionScheme.LISTED.compare("a", "b"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("VersionOrder.of(VersionScheme.LISTED, versions)");
        assertThat(VersionScheme.LISTED.compare(" Rev. C", "Rev. C ")).isZero();
    }

    @Test
    void twoSpellingsAreTheSameVersionOnlyWhereTheSchemeSaysSo() {
        assertThat(VersionScheme.NUMERIC.same("1.2", "1.2.0")).isTrue();
        assertThat(VersionScheme.FIRMWARE.same("Ver.1.08J", "1.08j")).isTrue();
        assertThat(VersionScheme.LISTED.same("Rev. C", "Rev. c")).isFalse();
        assertThat(VersionScheme.LISTED.same("Rev. C", " Rev. C")).isTrue();
    }

    @Test
    void theListedSchemeAcceptsAnyTextThatARangeCanHold() {
        assertThat(VersionScheme.LISTED.accepts("2019 Spring Update")).isTrue();
        assertThat(VersionScheme.LISTED.accepts("Rev. C")).isTrue();
        assertThat(VersionScheme.LISTED.accepts("版1")).isTrue();
    }

    @Test
    void theListedSchemeRefusesTextThatWouldBreakARange() {
        assertThat(VersionScheme.LISTED.problem("")).contains("The version is empty.");
        assertThat(VersionScheme.LISTED.problem("1,2"))
                .contains("\"1,2\" cannot be a version: a comma separates the bounds of a range.");
        assertThat(VersionScheme.LISTED.problem("*"))
                .contains("\"*\" cannot be a version: it stands for all versions.");
        assertThat(VersionScheme.LISTED.problem(">2"))
                .contains("\">2\" cannot be a version: it starts with \">\", which a range reads as a comparison.");
        assertThat(VersionScheme.LISTED.problem("!2")).isPresent();
        assertThat(VersionScheme.LISTED.problem("a\tb"))
                .contains("\"a\tb\" cannot be a version: it contains a control character.");
    }
}
