package dev.madoguchi.versions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeOverlapTests {

    private final VersionOrder numeric = VersionOrder.of(VersionScheme.NUMERIC);

    private boolean overlap(String a, String b) {
        boolean forward = VersionRange.parse(a).overlaps(VersionRange.parse(b), numeric);
        boolean backward = VersionRange.parse(b).overlaps(VersionRange.parse(a), numeric);
        assertThat(backward).as("overlap is symmetric: %s and %s", a, b).isEqualTo(forward);
        return forward;
    }

    @Test
    void touchingExclusiveBoundsDoNotOverlap() {
        assertThat(overlap("< 1.2", ">= 1.2")).isFalse();
        assertThat(overlap("<= 1.2", "> 1.2")).isFalse();
        assertThat(overlap("< 1.2", "> 1.2")).isFalse();
        assertThat(overlap(">= 1.0, < 1.2", ">= 1.2, < 2.0")).isFalse();
    }

    @Test
    void touchingInclusiveBoundsOverlap() {
        assertThat(overlap("<= 1.2", ">= 1.2")).isTrue();
        assertThat(overlap(">= 1.0, <= 1.2", ">= 1.2, < 2.0")).isTrue();
    }

    @Test
    void boundsThatMeetUnderTheOrderOverlapThoughSpelledDifferently() {
        assertThat(overlap("<= 1.2", ">= 1.2.0")).isTrue();
        assertThat(overlap("< 1.2", ">= 1.2.0")).isFalse();
    }

    @Test
    void separateRangesDoNotOverlap() {
        assertThat(overlap(">= 1.0, < 1.5", ">= 2.0, < 3.0")).isFalse();
        assertThat(overlap("< 1.0", "> 2.0")).isFalse();
    }

    @Test
    void crossingRangesOverlap() {
        assertThat(overlap(">= 1.0, < 1.5", ">= 1.4, < 3.0")).isTrue();
        assertThat(overlap(">= 1.0, < 3.0", "> 1.5, <= 2.0")).as("one inside the other").isTrue();
    }

    @Test
    void unboundedSidesReachEverythingOnThatSide() {
        assertThat(overlap("< 1.0", "<= 0.1")).isTrue();
        assertThat(overlap("> 5.0", ">= 100")).isTrue();
        assertThat(overlap("< 1.0", "> 0.9")).isTrue();
        assertThat(overlap("*", "= 0")).isTrue();
        assertThat(overlap("*", "> 99")).isTrue();
        assertThat(overlap("*", "*")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            = 1.5   | = 1.5            | true
            = 1.5   | = 1.5.0          | true
            = 1.5   | = 1.6            | false
            = 1.5   | >= 1.0, < 2.0    | true
            = 1.5   | >= 1.5, < 2.0    | true
            = 1.5   | > 1.5, < 2.0     | false
            = 1.5   | >= 1.0, < 1.5    | false
            = 1.5   | >= 1.0, <= 1.5   | true
            = 1.5   | < 1.5            | false
            = 1.5   | > 1.4.9          | true
            """)
    void exactVersionsOverlapTheRangesContainingThem(String a, String b, boolean overlaps) {
        assertThat(overlap(a, b)).isEqualTo(overlaps);
    }

    @Test
    void anEmptyRangeOverlapsNothing() {
        assertThat(overlap(">= 2.0, < 1.0", "*")).isFalse();
        assertThat(overlap("> 1.0, < 1.0", ">= 0.5, <= 1.5")).isFalse();
    }

    @Test
    void overlapFollowsTheProductsOrder() {
        VersionOrder listed = VersionOrder.of(VersionScheme.LISTED, List.of("Initial", "Rev. C", "Rev. B", "Rev. A"));
        VersionRange affected = VersionRange.parse(">= Rev. C, < Rev. A");
        assertThat(affected.overlaps(VersionRange.parse(">= Rev. A"), listed)).isFalse();
        assertThat(affected.overlaps(VersionRange.parse("= Rev. B"), listed)).isTrue();
        VersionOrder firmware = VersionOrder.of(VersionScheme.FIRMWARE);
        assertThat(VersionRange.parse("<= Ver.1.08").overlaps(VersionRange.parse(">= 1.08J"), firmware)).isFalse();
        assertThat(VersionRange.parse("<= Ver.1.08j").overlaps(VersionRange.parse(">= 1.08J"), firmware)).isTrue();
    }
}
