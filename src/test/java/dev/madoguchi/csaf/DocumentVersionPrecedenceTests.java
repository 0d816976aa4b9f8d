package dev.madoguchi.csaf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.madoguchi.csaf.tracking.DocumentVersion;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSAF 2.0 §3.1.11.5: integer and semantic versions, ordered by semantic versioning 2.0.0 precedence. */
class DocumentVersionPrecedenceTests {

    private static DocumentVersion v(String text) {
        return DocumentVersion.parse(text);
    }

    @Test
    void semanticVersionsFollowTheSemVerPrecedenceExample() {
        List<String> ascending = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.9.0", "1.10.0", "2.0.0");
        for (int i = 1; i < ascending.size(); i++) {
            assertThat(v(ascending.get(i - 1)).compareTo(v(ascending.get(i)))).as(ascending.get(i)).isNegative();
            assertThat(v(ascending.get(i)).compareTo(v(ascending.get(i - 1)))).isPositive();
        }
    }

    @Test
    void buildMetadataHasNoPrecedenceAndIntegersRankAsMajorVersions() {
        assertThat(v("1.0.0+a").compareTo(v("1.0.0+b"))).isZero();
        assertThat(v("9").compareTo(v("10"))).isNegative();
        assertThat(v("2").compareTo(v("2.0.0"))).isZero();
        assertThat(v("2").compareTo(v("2.0.1"))).isNegative();
        assertThat(v("123456789012345678901234567890").compareTo(v("123456789012345678901234567891"))).isNegative();
    }

    @Test
    void beforeInitialReleaseAndPreReleaseAreRecognized() {
        assertThat(v("0").isBeforeInitialRelease()).isTrue();
        assertThat(v("0.9.5").isBeforeInitialRelease()).isTrue();
        assertThat(v("1.0.0-0").isBeforeInitialRelease()).isFalse();
        assertThat(v("1.0.0-0").isPreRelease()).isTrue();
        assertThat(v("1.0.0+0").isPreRelease()).isFalse();
        assertThat(v("7").isInteger()).isTrue();
        assertThat(v("7.0.0").isInteger()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01", "1.0", "1.0.0-01", "v1", "1.0.0-", "1.0.0+", "-1", "1.0.0.0", "01.0.0", " 1"})
    void textThatIsNeitherVersioningIsNoVersion(String text) {
        assertThat(DocumentVersion.parse(text)).isNull();
    }
}
