package dev.madoguchi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionRangeNotationTests {

    @Test
    void aRangeIsReadIntoItsBounds() {
        assertThat(VersionRange.parse(">= 1.0, < 1.20")).isEqualTo(new VersionRange("1.0", true, "1.20", false));
        assertThat(VersionRange.parse("> 1.0")).isEqualTo(new VersionRange("1.0", false, null, false));
        assertThat(VersionRange.parse("<= 2.3")).isEqualTo(new VersionRange(null, false, "2.3", true));
        assertThat(VersionRange.parse("= 1.5")).isEqualTo(VersionRange.exactly("1.5"));
        assertThat(VersionRange.parse("1.5")).isEqualTo(new VersionRange("1.5", true, "1.5", true));
        assertThat(VersionRange.parse("*")).isEqualTo(VersionRange.all());
    }

    @ParameterizedTest
    @ValueSource(strings = {">= 1.0, < 1.20", "> 1.0", ">= 1.0", "< 1.0", "<= 2.3", "> 1.0, <= 2.0", "= 1.5", "*",
            ">= Ver.1.08J, < Ver.1.10A", ">= 2019 Spring, < Rev. C", "= 1.0.0-rc.1+build.5"})
    void theCanonicalNotationReadsBackToItself(String text) {
        VersionRange range = VersionRange.parse(text);
        assertThat(range.toString()).isEqualTo(text);
        assertThat(VersionRange.parse(range.toString())).isEqualTo(range);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            >=1.0,<1.20          | >= 1.0, < 1.20
            '  >=  1.0 ,  <1.20 ' | >= 1.0, < 1.20
            < 1.20, >= 1.0        | >= 1.0, < 1.20
            1.5                   | = 1.5
            =1.5                  | = 1.5
            ' * '                 | *
            '>= 1.5, <= 1.5'      | = 1.5
            """)
    void theNotationIsWrittenCanonically(String text, String canonical) {
        assertThat(VersionRange.parse(text).toString()).isEqualTo(canonical);
    }

    @Test
    void anAbsentBoundIsNeverInclusive() {
        VersionRange range = new VersionRange(null, true, "2.0", false);
        assertThat(range.lowerInclusive()).isFalse();
        assertThat(range).isEqualTo(VersionRange.parse("< 2.0"));
    }

    @Test
    void blanksAroundBoundsAreDropped() {
        assertThat(new VersionRange(" 1.0 ", true, null, false).lower()).isEqualTo("1.0");
    }

    @Test
    void exactAndAllAreRecognised() {
        assertThat(VersionRange.parse("= 1.5").isExact()).isTrue();
        assertThat(VersionRange.parse(">= 1.5").isExact()).isFalse();
        assertThat(VersionRange.parse("> 1.5, < 1.5").isExact()).isFalse();
        assertThat(VersionRange.parse("*").isAll()).isTrue();
        assertThat(VersionRange.parse("<= 1.5").isAll()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                     | The range is empty. Write a range such as ">= 1.0, < 1.20"
            '   '                  | The range is empty.
            '>= 1.0, < 1.2, < 2'   | ">= 1.0, < 1.2, < 2" has more than two parts; a range has at most a lower bound
            '>= 1.0,'              | ">= 1.0," has an empty part beside its comma.
            ', < 1.0'              | ", < 1.0" has an empty part beside its comma.
            '>= 1.0, > 1.2'        | ">= 1.0, > 1.2" has two lower bounds; a range has at most one lower bound (> or >=)
            '< 1.0, <= 1.2'        | "< 1.0, <= 1.2" has two upper bounds;
            '= 1.0, < 2'           | "= 1.0, < 2" combines one exact version with another bound;
            '1.0, 2.0'             | "1.0, 2.0" combines one exact version with another bound;
            '*, < 2'               | "*, < 2" combines "*" with a bound; "*" (all versions) stands alone.
            '!= 1.0'               | "!= 1.0" uses "!=", which is not supported: a range is one interval of versions.
            '>='                   | ">=": ">=" is not followed by a version.
            '>= 1.0, <'            | ">= 1.0, <": "<" is not followed by a version.
            '== 1.0'               | "= 1.0" cannot be a version: it starts with "=", which a range reads as a
            '=> 1.0'               | "> 1.0" cannot be a version: it starts with ">", which a range reads as a
            """)
    void aRangeThatDoesNotParseIsRefusedWithTheReason(String text, String message) {
        assertThatThrownBy(() -> VersionRange.parse(text))
                .isInstanceOf(InvalidVersionRangeException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void aNullRangeIsRefusedAsEmpty() {
        assertThatThrownBy(() -> VersionRange.parse(null))
                .isInstanceOf(InvalidVersionRangeException.class)
                .hasMessageStartingWith("The range is empty.");
    }

    @Test
    void aBlankBoundIsRefused() {
        assertThatThrownBy(() -> new VersionRange("  ", true, "2.0", false))
                .isInstanceOf(InvalidVersionRangeException.class)
                .hasMessage("The lower bound is blank; a range without one leaves it out (null).");
        assertThatThrownBy(() -> new VersionRange("1.0", true, "", false))
                .hasMessage("The upper bound is blank; a range without one leaves it out (null).");
        assertThatThrownBy(() -> VersionRange.exactly(null)).isInstanceOf(InvalidVersionRangeException.class);
    }

    @Test
    void aBoundThatWouldBreakTheNotationIsRefused() {
        assertThatThrownBy(() -> new VersionRange("1,0", true, null, false))
                .isInstanceOf(InvalidVersionRangeException.class)
                .hasMessage("\"1,0\" cannot be a version: a comma separates the bounds of a range.");
        assertThatThrownBy(() -> VersionRange.exactly("*"))
                .hasMessage("\"*\" cannot be a version: it stands for all versions.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            >= 1.0, < 1.20   ; generic ; vers:generic/>=1.0|<1.20
            > 1.0, <= 2.0    ; generic ; vers:generic/>1.0|<=2.0
            > 1.0            ; generic ; vers:generic/>1.0
            <= 2.3           ; generic ; vers:generic/<=2.3
            = 1.5            ; generic ; vers:generic/1.5
            1.5              ; generic ; vers:generic/1.5
            *                ; generic ; vers:generic/*
            < 2.0.0-rc.1     ; semver  ; vers:semver/<2.0.0-rc.1
            = 1.0.0+build.1  ; semver  ; vers:semver/1.0.0+build.1
            >= 10.0.19045    ; intdot  ; vers:intdot/>=10.0.19045
            """)
    void aRangeIsWrittenAsPurlVers(String range, String scheme, String vers) {
        assertThat(VersionRange.parse(range).toVers(scheme)).isEqualTo(vers);
    }

    @Test
    void versEncodesItsReservedCharactersBlanksAndNonAscii() {
        assertThat(VersionRange.parse(">= 2019 Spring, < Rev. C").toVers("generic"))
                .isEqualTo("vers:generic/>=2019%20Spring|<Rev.%20C");
        assertThat(VersionRange.exactly("a|b*c<d%e!").toVers("generic")).isEqualTo("vers:generic/a%7Cb%2Ac%3Cd%25e%21");
        assertThat(VersionRange.exactly("版1").toVers("generic")).isEqualTo("vers:generic/%E7%89%881");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Generic", "gen eric", "1generic", "generic/x"})
    void versRefusesAVersioningSchemeThatIsNotLowerCase(String scheme) {
        assertThatThrownBy(() -> VersionRange.parse("*").toVers(scheme))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("A VERS versioning scheme is lower-case letters and digits");
    }
}
