package dev.madoguchi.versions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SemanticSchemeTests {

    private final VersionScheme semantic = VersionScheme.SEMANTIC;

    /** SemVer 2.0.0 §11.4, the example chain, lowest first. */
    private static final List<String> SPEC_CHAIN = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
            "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0");

    @Test
    void semverComparesMajorMinorPatchNumerically() {
        assertThat(semantic.compare("1.10.0", "1.9.0")).isPositive();
        assertThat(semantic.compare("2.0.0", "2.1.0")).isNegative();
        assertThat(semantic.compare("2.1.0", "2.1.1")).isNegative();
        assertThat(semantic.compare("10.0.0", "9.99.99")).isPositive();
    }

    @Test
    void semverPreReleaseIsLowerThanRelease() {
        assertThat(semantic.compare("1.0.0-alpha", "1.0.0")).isNegative();
        assertThat(semantic.compare("1.0.0", "1.0.0-rc.1")).isPositive();
        assertThat(semantic.compare("1.0.0-rc.1", "0.9.9")).isPositive();
    }

    @Test
    void semverFollowsTheSpecificationExampleChain() {
        for (int i = 0; i + 1 < SPEC_CHAIN.size(); i++) {
            assertThat(semantic.compare(SPEC_CHAIN.get(i), SPEC_CHAIN.get(i + 1)))
                    .as("%s < %s", SPEC_CHAIN.get(i), SPEC_CHAIN.get(i + 1)).isNegative();
            assertThat(semantic.compare(SPEC_CHAIN.get(i + 1), SPEC_CHAIN.get(i)))
                    .as("%s > %s", SPEC_CHAIN.get(i + 1), SPEC_CHAIN.get(i)).isPositive();
        }
        List<String> shuffled = new ArrayList<>(SPEC_CHAIN);
        Collections.shuffle(shuffled, new Random(11));
        assertThat(VersionOrder.of(semantic).sorted(shuffled)).containsExactlyElementsOf(SPEC_CHAIN);
    }

    @Test
    void semverNumericPreReleaseIdentifiersCompareAsNumbers() {
        assertThat(semantic.compare("1.0.0-beta.2", "1.0.0-beta.11")).isNegative();
        assertThat(semantic.compare("1.0.0-1", "1.0.0-10")).isNegative();
    }

    @Test
    void semverNumericPreReleaseIdentifiersAreBelowAlphanumericOnes() {
        assertThat(semantic.compare("1.0.0-alpha.1", "1.0.0-alpha.beta")).isNegative();
        assertThat(semantic.compare("1.0.0-999", "1.0.0-a")).isNegative();
        assertThat(semantic.compare("1.0.0-1a", "1.0.0-2")).isPositive();
    }

    @Test
    void semverAlphanumericIdentifiersCompareInAsciiOrder() {
        assertThat(semantic.compare("1.0.0-Beta", "1.0.0-alpha")).isNegative();
        assertThat(semantic.compare("1.0.0-rc-1", "1.0.0-rc1")).isNegative();
    }

    @Test
    void semverLongerPreReleaseIsHigherWhenThePrefixIsEqual() {
        assertThat(semantic.compare("1.0.0-alpha", "1.0.0-alpha.1")).isNegative();
        assertThat(semantic.compare("1.0.0-alpha.1.0", "1.0.0-alpha.1")).isPositive();
    }

    @Test
    void semverIgnoresBuildMetadata() {
        assertThat(semantic.compare("1.0.0+20130313144700", "1.0.0")).isZero();
        assertThat(semantic.compare("1.0.0-beta+exp.sha.5114f85", "1.0.0-beta+other")).isZero();
        assertThat(semantic.compare("1.0.0+zzz", "1.0.1")).isNegative();
    }

    @Test
    void semverAcceptsALeadingV() {
        assertThat(semantic.accepts("v1.2.3")).isTrue();
        assertThat(semantic.compare("v1.2.3", "1.2.3")).isZero();
        assertThat(semantic.compare("V1.2.4", "v1.2.3")).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0", "1.2.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-0.3.7", "1.0.0-x.7.z.92",
            "1.0.0-x-y-z.--", "1.0.0-alpha+001", "1.0.0+20130313144700", "1.0.0-beta+exp.sha.5114f85",
            "1.0.0+21AF26D3----117B344092BD", "v2.0.0-rc.1", " 1.2.3 "})
    void semverAcceptsVersionsOfTheSpecification(String version) {
        assertThat(semantic.problem(version)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1.2         | "1.2" is not a semantic version: it needs exactly three numbers, MAJOR.MINOR.PATCH
            1.2.3.4     | "1.2.3.4" is not a semantic version: it needs exactly three numbers, MAJOR.MINOR.PATCH
            1.x.0       | "1.x.0" is not a semantic version: "x" is not a whole number (SemVer 2.0.0 §2).
            01.2.3      | "01.2.3" is not a semantic version: "01" has a leading zero, which SemVer 2.0.0 §2 forbids.
            1.02.3      | "1.02.3" is not a semantic version: "02" has a leading zero
            1.0.0-      | "1.0.0-" is not a semantic version: its pre-release has an empty identifier (SemVer
            1.0.0-a..b  | "1.0.0-a..b" is not a semantic version: its pre-release has an empty identifier
            1.0.0-01    | "1.0.0-01" is not a semantic version: the numeric pre-release identifier "01" has a
            1.0.0-ä     | "1.0.0-ä" is not a semantic version: its pre-release may only use ASCII letters, digits
            1.0.0+      | "1.0.0+" is not a semantic version: its build metadata has an empty identifier
            1.0.0+a+b   | "1.0.0+a+b" is not a semantic version: its build metadata may only use ASCII letters
            1.0.0 beta  | "1.0.0 beta" is not a semantic version: "0 beta" is not a whole number
            vv1.0.0     | "vv1.0.0" is not a semantic version: "v1" is not a whole number
            latest      | "latest" is not a semantic version: it needs exactly three numbers
            """)
    void semverRefusesWhatTheSpecificationDoesNotAllow(String version, String message) {
        assertThat(semantic.accepts(version)).isFalse();
        assertThat(semantic.problem(version)).hasValueSatisfying(p -> assertThat(p).startsWith(message));
    }

    @Test
    void semverBuildMetadataMayHaveLeadingZeros() {
        assertThat(semantic.accepts("1.0.0+001")).isTrue();
    }

    @Test
    void semverProblemsCiteTheSpecificationSection() {
        assertThat(semantic.problem("1.0.0-")).contains("\"1.0.0-\" is not a semantic version: its pre-release has "
                + "an empty identifier (SemVer 2.0.0 §9).");
        assertThat(semantic.problem("1.0.0-01")).contains("\"1.0.0-01\" is not a semantic version: the numeric "
                + "pre-release identifier \"01\" has a leading zero (SemVer 2.0.0 §9).");
        assertThat(semantic.problem("1.0.0+")).contains("\"1.0.0+\" is not a semantic version: its build metadata "
                + "has an empty identifier (SemVer 2.0.0 §10).");
        assertThat(semantic.problem("1.2")).contains("\"1.2\" is not a semantic version: it needs exactly three "
                + "numbers, MAJOR.MINOR.PATCH (SemVer 2.0.0 §2). Write MAJOR.MINOR.PATCH, such as 1.4.2 or "
                + "2.0.0-rc.1.");
    }

    @Test
    void semverRefusesAnEmptyVersion() {
        assertThat(semantic.problem("")).contains("The version is empty.");
        assertThat(semantic.problem(null)).contains("The version is empty.");
    }

    @Test
    void comparingAnInvalidSemanticVersionNamesIt() {
        assertThatThrownBy(() -> semantic.compare("1.2", "1.2.0"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("\"1.2\" is not a semantic version");
    }
}
